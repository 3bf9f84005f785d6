using SeatedRelease.Practice.Recognition;
using SeatedRelease.Practice.Recognition.Rules;
using static SeatedRelease.Tests.Recognition.Rules.RuleEvidence;

namespace SeatedRelease.Tests.Recognition.Rules;

public sealed class NextCueIsReadyTests
{
    private readonly NextCueIsReady _rule = new();

    private static readonly MatchEvidence AskedNext = Ready with { AskedNext = true, NextIntent = Intent.Progress };

    [Fact]
    public void What_is_next_said_alone_is_go_on()
    {
        Assert.Equal([Intent.Ready], Intents(_rule.Apply(AskedNext, Holding())));
    }

    [Fact]
    public void What_is_next_beside_a_finish_asked_about_keeps_what_the_phrase_meant()
    {
        Assert.Equal([Intent.Progress], Intents(_rule.Apply(AskedNext with { FinishDeniedOrAsked = true }, Holding())));
    }

    [Fact]
    public void What_is_next_followed_by_words_nothing_understood_keeps_what_the_phrase_meant()
    {
        Assert.Equal([Intent.Progress], Intents(_rule.Apply(AskedNext with { WordsAfterNext = true }, Holding())));
    }

    [Fact]
    public void What_is_next_beside_a_possible_pain_is_never_go_on()
    {
        Assert.Null(_rule.Apply(AskedNext, Holding() with { MaybePain = true }));
    }
}
