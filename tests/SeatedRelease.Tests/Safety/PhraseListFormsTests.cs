using SeatedRelease.Practice.Safety;

namespace SeatedRelease.Tests.Safety;

/// <summary>Which phrase lists hear their one-word phrases in other forms, and how.</summary>
public sealed class PhraseListFormsTests
{
    private static readonly PhraseList None = PhraseList.Empty;

    [Fact]
    public void A_folding_list_hears_another_form_of_a_one_word_phrase()
    {
        var list = new PhraseList(["scary"], foldForms: true);
        Assert.True(list.Mentions(Words.Of("it scared me")));
        Assert.Empty(list.Exact(Words.Of("it scared me")));
    }

    [Fact]
    public void A_plain_list_hears_only_the_words_as_written()
    {
        var list = new PhraseList(["scary"]);
        Assert.False(list.Mentions(Words.Of("it scared me")));
        Assert.True(list.Mentions(Words.Of("it was scary")));
    }

    [Fact]
    public void A_phrase_of_several_words_is_never_folded()
    {
        var list = new PhraseList(["room is spinning"], foldForms: true);
        Assert.False(list.Mentions(Words.Of("room is spins")));
    }

    [Fact]
    public void A_plain_statement_later_wins_over_an_earlier_question()
    {
        var list = new PhraseList(["numb", "tingling"]);
        var spotted = list.Find(Words.Of("is it numb? my foot is tingling"), NegationScope.None, None, new PhraseList(["is"]));
        Assert.Equal(new Spotted("tingling", true), spotted);
    }

    [Fact]
    public void The_repository_red_flags_and_strong_words_hear_other_forms()
    {
        var safety = Support.BotHarness.Script.Safety;
        Assert.Equal("nerve", safety.FindRedFlag(Words.Of("my foot tingled"))?.Kind.Id);
        Assert.True(safety.MoreThanMild.Mentions(Words.Of("it scared me")));
        Assert.False(safety.Mild.FoldsForms);
        Assert.False(safety.Negators.FoldsForms);
    }
}
