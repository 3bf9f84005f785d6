using SeatedRelease.Practice.Safety;
using SeatedRelease.Practice.Script;
using SeatedRelease.Tests.Support;

namespace SeatedRelease.Tests.Safety;

/// <summary>The safety words of dialogs/safety.yaml, and the small readers that use them.</summary>
public sealed class SafetyWordsTests
{
    private static readonly SafetyRules Rules = BotHarness.Script.Safety;

    private static string Real => File.ReadAllText(Path.Combine(Repo.Dialogs, SafetyRules.FileName));

    private static int LineOf(string text, string needle) =>
        text[..text.IndexOf(needle, StringComparison.Ordinal)].Count(c => c == '\n') + 1;

    [Theory]
    [InlineData("shooting pain down my leg", "nerve")]
    [InlineData("my leg's gone dead", "nerve")]
    [InlineData("pins and needles in my toes", "nerve")]
    [InlineData("my left leg feels weak", "nerve")]
    [InlineData("I can't feel my foot", "nerve")]
    [InlineData("something popped", "injury")]
    [InlineData("I think my back went", "injury")]
    [InlineData("I think I'm going to pass out", "body")]
    [InlineData("I feel sick", "body")]
    [InlineData("lightheaded", "body")]
    [InlineData("out of breath", "body")]
    [InlineData("my chest hurts", "urgent")]
    [InlineData("I can't breathe", "urgent")]
    // Beyond a negator's reach: a subject opening a statement after "no" (its comma lost), or a kind word or "just" between.
    [InlineData("no I feel dizzy", "body")]
    [InlineData("no my foot is numb", "nerve")]
    [InlineData("nope its tingling now", "nerve")]
    [InlineData("no, it's gone numb", "nerve")]
    [InlineData("not sharp pins and needles", "nerve")]
    [InlineData("it's not too bad pins and needles", "nerve")]
    [InlineData("not just numb", "nerve")]
    [InlineData("my leg go to sleep no feeling", "nerve")]
    public void A_red_flag_is_found_with_its_kind(string said, string kind)
    {
        var found = Rules.FindRedFlag(Words.Of(said));
        Assert.NotNull(found);
        Assert.Equal(kind, found.Value.Kind.Id);
        Assert.True(found.Value.Where.Certain);
    }

    [Theory]
    [InlineData("a faint ache")]
    [InlineData("just a faint pain in my calf")]
    [InlineData("a faint little pull")]
    public void A_red_flag_word_grading_a_pain_just_after_it_is_no_red_flag(string said)
    {
        Assert.Null(Rules.FindRedFlag(Words.Of(said)));
    }

    [Theory]
    [InlineData("I feel faint")]
    [InlineData("feeling faint and my calf aches")]
    [InlineData("a faint ache, and now I feel faint")]
    public void The_same_word_said_of_the_listener_is_still_a_red_flag(string said)
    {
        Assert.Equal("body", Rules.FindRedFlag(Words.Of(said))?.Kind.Id);
    }

    [Theory]
    [InlineData("no tingling")]
    [InlineData("I don't feel dizzy")]
    [InlineData("there's no numbness but it hurts")]
    [InlineData("ready")]
    [InlineData("I'm sick of waiting")]
    [InlineData("my hamstrings are tight")]
    // Taken back by a negator with no subject between, its apostrophe lost or not.
    [InlineData("no numbness in my foot")]
    [InlineData("my foot is not numb")]
    [InlineData("I didnt feel dizzy")]
    [InlineData("it isnt tingling")]
    [InlineData("not numb or tingling")]
    public void Words_that_are_not_a_red_flag_now_are_not_one(string said) =>
        Assert.Null(Rules.FindRedFlag(Words.Of(said)));

    [Theory]
    [InlineData("is tingling normal?")]
    [InlineData("should I feel numbness")]
    [InlineData("what if I get dizzy")]
    [InlineData("I used to get pins and needles")]
    [InlineData("I had numbness years ago")]
    public void A_question_or_another_time_is_a_red_flag_to_check(string said)
    {
        var found = Rules.FindRedFlag(Words.Of(said));
        Assert.NotNull(found);
        Assert.False(found.Value.Where.Certain);
    }

    [Fact]
    public void A_red_flag_after_a_taken_back_one_in_another_clause_still_counts()
    {
        var found = Rules.FindRedFlag(Words.Of("not numb, but tingling"));
        Assert.Equal("tingling", found?.Where.Phrase);
    }

    [Theory]
    [InlineData("7 out of 10", 7)]
    [InlineData("seven out of ten", 7)]
    [InlineData("6/10", 6)]
    [InlineData("it's a 3", 3)]
    [InlineData("one out of ten", 1)]
    [InlineData("about a five", 5)]
    [InlineData("I think it's about a 5", 5)]
    public void A_pain_score_is_read(string said, int score) => Assert.Equal(score, PainScale.Read(Words.Of(said)));

    [Theory]
    [InlineData("the sharp one")]
    [InlineData("it hurts when I go 12 inches")]
    [InlineData("mild")]
    [InlineData("it started three days ago, it's a dull ache")]
    public void Words_without_a_score_give_none(string said) => Assert.Null(PainScale.Read(Words.Of(said)));

    [Theory]
    [InlineData("I feel a stretch", true)]
    [InlineData("it's pulling", true)]
    [InlineData("stretching nicely", true)]
    [InlineData("I don't feel a stretch", false)]
    [InlineData("should I feel a stretch?", false)]
    public void A_stretch_felt_now_is_the_edge(string said, bool edge) => Assert.Equal(edge, Rules.FeelsStretch(Words.Of(said)));

    [Fact]
    public void Contractions_are_opened_and_joining_words_open_a_clause()
    {
        var words = Words.Of("I can't, it's numb and tingly");
        Assert.Equal(["i", "can", "not", "it", "is", "numb", "and", "tingly"], words.Tokens);
        Assert.True(words.Clauses[7] > words.Clauses[5]);
    }

    [Fact]
    public void A_red_flag_kind_without_advice_fails_at_load_naming_the_line()
    {
        var broken = Real.Replace("    advice: get medical help at once\n", "", StringComparison.Ordinal);
        var e = Assert.Throws<ScriptException>(() => SafetyLoader.Parse(broken, "safety.yaml"));
        Assert.Equal(LineOf(broken, "  urgent:"), e.Line);
        Assert.Contains("safety.yaml:", e.Message, StringComparison.Ordinal);
        Assert.Contains("'advice'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_key_and_a_threshold_off_the_scale_fail_at_load_naming_the_line()
    {
        var misspelt = Real.Replace("sharpAt: 4", "sharpat: 4", StringComparison.Ordinal);
        var e = Assert.Throws<ScriptException>(() => SafetyLoader.Parse(misspelt, "safety.yaml"));
        Assert.Equal(LineOf(misspelt, "sharpat"), e.Line);

        var offScale = Real.Replace("sharpAt: 4", "sharpAt: 11", StringComparison.Ordinal);
        e = Assert.Throws<ScriptException>(() => SafetyLoader.Parse(offScale, "safety.yaml"));
        Assert.Equal(LineOf(offScale, "sharpAt: 11"), e.Line);
    }

    [Fact]
    public void A_gap_at_the_edge_of_a_phrase_fails_at_load()
    {
        var broken = Real.Replace("leg * dead,", "leg *,", StringComparison.Ordinal);
        var e = Assert.Throws<ScriptException>(() => SafetyLoader.Parse(broken, "safety.yaml"));
        Assert.Contains("'*' must stand between words", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_shipped_safety_words_load_with_every_kind_of_the_issue()
    {
        var rules = await SafetyLoader.LoadFolderAsync(Repo.Dialogs, CancellationToken.None);
        Assert.Equal(["urgent", "body", "nerve", "injury"], rules.RedFlags.Select(k => k.Id));
        Assert.InRange(rules.SharpAt, 1, 10);
    }
}
