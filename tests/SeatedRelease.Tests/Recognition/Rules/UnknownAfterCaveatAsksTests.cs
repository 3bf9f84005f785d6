using SeatedRelease.Practice.Recognition;
using SeatedRelease.Practice.Recognition.Rules;
using static SeatedRelease.Tests.Recognition.Rules.RuleEvidence;

namespace SeatedRelease.Tests.Recognition.Rules;

public sealed class UnknownAfterCaveatAsksTests
{
    private readonly UnknownAfterCaveatAsks _rule = new();

    [Fact]
    public void A_go_ahead_with_an_unknown_word_after_a_caveat_asks()
    {
        Assert.Equal(MatchState.OnlyMaybePain, _rule.Apply(Ready with { UnknownAfterCaveat = true }, Holding(Intent.Ready)));
    }

    [Fact]
    public void A_denied_pain_is_understood()
    {
        Assert.Null(_rule.Apply(Ready with { UnknownAfterCaveat = true, NegatedPain = true }, Holding(Intent.Ready)));
    }

    [Fact]
    public void A_request_that_does_not_move_on_is_left_alone()
    {
        Assert.Null(_rule.Apply(Ready with { UnknownAfterCaveat = true }, Holding(Intent.Pause)));
    }
}
