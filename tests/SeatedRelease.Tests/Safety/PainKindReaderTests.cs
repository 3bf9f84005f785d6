using SeatedRelease.Practice.Recognition;
using SeatedRelease.Practice.Safety;
using SeatedRelease.Tests.Support;

namespace SeatedRelease.Tests.Safety;

/// <summary>The one reader of an answer to "is it a sharp pain, or a mild discomfort?", over the repository's safety words.</summary>
public sealed class PainKindReaderTests
{
    private static readonly PainKindReader Reader = BotHarness.Script.Safety.PainKind;

    private static PainKindReading Read(string said) => Reader.Read(Words.Of(said)).Reading;

    [Theory]
    [InlineData("not sharp")]
    [InlineData("nah not sharp")]
    [InlineData("nothing major")]
    [InlineData("not so strong")]
    [InlineData("sharp? no, mild")]
    [InlineData("not sharp just a little sore")]
    public void A_strong_word_denied_is_mild(string said) => Assert.Equal(PainKindReading.Mild, Read(said));

    [Theory]
    [InlineData("small pain")]
    [InlineData("soft pain")]
    [InlineData("a gentle pulling")]
    [InlineData("a pull")]
    [InlineData("milder than i made it sound")]
    public void A_diminished_pain_or_a_pull_is_mild(string said) => Assert.Equal(PainKindReading.Mild, Read(said));

    [Theory]
    [InlineData("it is very much pain")]
    [InlineData("hurts like hell")]
    [InlineData("acute")]
    [InlineData("not mild, I can tell you")]
    [InlineData("definitely not just a discomfort")]
    [InlineData("mild no wait sharp")]
    [InlineData("mild? no, sharp")]
    [InlineData("sort of mild but stabbing")]
    [InlineData("it scared me")]
    [InlineData("it stabbed me, a little")]
    public void An_intensified_pain_a_strong_word_or_a_mild_word_denied_is_sharp(string said) => Assert.Equal(PainKindReading.Sharp, Read(said));

    [Theory]
    [InlineData("a bit numb")]
    [InlineData("just a little tingling")]
    [InlineData("mild, but I feel dizzy")]
    [InlineData("not sharp but my foot's gone numb")]
    [InlineData("mild, but my toes tingled")]
    public void A_red_flag_is_never_mild(string said) => Assert.Equal(PainKindReading.Sharp, Read(said));

    [Theory]
    [InlineData("somewhere in between")]
    [InlineData("hard to say")]
    [InlineData("I don't know how to describe it")]
    [InlineData("not sure, it's sore")]
    [InlineData("it's only mild, is tingling normal?")]
    public void Uncertainty_is_unclear_never_mild(string said) => Assert.Equal(PainKindReading.Unclear, Read(said));

    [Theory]
    // A strong word heard only in another form may escalate, never lower: denied or of an earlier time, it says nothing.
    [InlineData("not scared, just a bit sore", PainKindReading.Mild)]
    [InlineData("it scared me yesterday, today it is mild", PainKindReading.Mild)]
    [InlineData("not scared", PainKindReading.None)]
    public void A_strong_word_in_another_form_never_turns_mild(string said, PainKindReading expected) => Assert.Equal(expected, Read(said));

    [Fact]
    public void A_strong_word_in_another_form_denied_never_takes_back_a_sharp()
    {
        Assert.Equal(Intent.Sharp, Reader.KindOf(Words.Of("not scared really, just mild"), Intent.Sharp));
    }

    [Theory]
    [InlineData("sharp yesterday today mild", PainKindReading.Mild)]
    [InlineData("it was sharp at first, now it's mild", PainKindReading.Mild)]
    [InlineData("mild earlier but sharp now", PainKindReading.Sharp)]
    [InlineData("it was sharp earlier", PainKindReading.Sharp)]
    public void A_kind_said_of_an_earlier_time_gives_way_to_one_said_of_now(string said, PainKindReading reading) =>
        Assert.Equal(reading, Read(said));

    [Theory]
    [InlineData("three out of ten", PainKindReading.Mild)]
    [InlineData("about an eight", PainKindReading.Sharp)]
    public void A_score_names_the_kind(string said, PainKindReading reading) => Assert.Equal(reading, Read(said));

    [Theory]
    [InlineData("a two out of ten, but my foot's gone numb", PainKindReading.Sharp)]
    [InlineData("sharp, about a 2 out of 10", PainKindReading.Sharp)]
    [InlineData("is numbness normal? it's a two out of ten", PainKindReading.Sharp)]
    [InlineData("hard to say, a 2 out of 10", PainKindReading.Mild)]
    public void A_low_score_never_outweighs_a_red_flag_or_a_strong_word(string said, PainKindReading reading) => Assert.Equal(reading, Read(said));

    [Theory]
    [InlineData("it's really sore", PainKindReading.Sharp)]
    [InlineData("proper sore", PainKindReading.Sharp)]
    [InlineData("a bit sore", PainKindReading.Mild)]
    [InlineData("sore", PainKindReading.Mild)]
    [InlineData("I felt something pop", PainKindReading.Sharp)]
    [InlineData("mild, no, actually it's getting sharper", PainKindReading.Sharp)]
    [InlineData("stronger than before", PainKindReading.Sharp)]
    public void Soreness_takes_its_degree_a_pop_is_a_red_flag_and_a_comparative_is_more_than_mild(string said, PainKindReading reading) => Assert.Equal(reading, Read(said));

    [Theory]
    [InlineData("more a jolt than an ache", PainKindReading.Sharp)]
    [InlineData("it's more of a stab than an ache", PainKindReading.Sharp)]
    [InlineData("more mild than sharp", PainKindReading.Mild)]
    [InlineData("softer than sharp, just aching", PainKindReading.Mild)]
    [InlineData("mild rather than sharp", PainKindReading.Mild)]
    [InlineData("more than mild", PainKindReading.Sharp)]
    public void What_the_pain_is_compared_away_from_is_what_it_is_not(string said, PainKindReading reading) => Assert.Equal(reading, Read(said));

    [Theory]
    [InlineData("no its sharp", PainKindReading.Sharp)]
    [InlineData("mild... actually no its sharp", PainKindReading.Sharp)]
    [InlineData("no it's mild", PainKindReading.Mild)]
    [InlineData("no it isnt sharp", PainKindReading.Mild)]
    [InlineData("no sharp pain, just a pull", PainKindReading.Mild)]
    [InlineData("not sharp pins and needles", PainKindReading.Sharp)]
    [InlineData("mild although my foot is numb", PainKindReading.Sharp)]
    public void A_negation_reaches_no_subject_and_only_the_first_kind_after_it(string said, PainKindReading reading) => Assert.Equal(reading, Read(said));

    [Theory]
    [InlineData("it hurts")]
    [InlineData("behind my knee")]
    public void A_pain_without_a_degree_says_nothing_of_the_kind(string said) => Assert.Equal(PainKindReading.None, Read(said));

    [Theory]
    [InlineData("it's not sharp", Intent.Sharp, Intent.Mild)]
    [InlineData("small pain", Intent.Sharp, Intent.Sharp)]
    [InlineData("behind my knee", Intent.Mild, Intent.Mild)]
    [InlineData("hard to say, fairly mild", Intent.Mild, Intent.Pain)]
    [InlineData("behind my knee", Intent.Unknown, null)]
    public void A_kind_already_given_is_lowered_only_when_its_strong_word_was_denied(string said, Intent given, Intent? kind) =>
        Assert.Equal(kind, Reader.KindOf(Words.Of(said), given));

    [Fact]
    public void Without_safety_words_nothing_is_read()
    {
        Assert.Equal(PainKindReading.None, SafetyRules.None.PainKind.Read(Words.Of("not sharp")).Reading);
    }
}
