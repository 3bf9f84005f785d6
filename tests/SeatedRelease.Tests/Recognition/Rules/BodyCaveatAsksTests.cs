using SeatedRelease.Practice.Recognition;
using SeatedRelease.Practice.Recognition.Rules;
using static SeatedRelease.Tests.Recognition.Rules.RuleEvidence;

namespace SeatedRelease.Tests.Recognition.Rules;

public sealed class BodyCaveatAsksTests
{
    private readonly BodyCaveatAsks _rule = new();

    [Fact]
    public void A_go_ahead_beside_a_body_caveat_nobody_understood_asks()
    {
        Assert.Equal(MatchState.OnlyMaybePain, _rule.Apply(Ready with { BodyCaveat = true }, Holding(Intent.Ready)));
    }

    [Fact]
    public void A_body_caveat_understood_leaves_the_go_ahead()
    {
        Assert.Null(_rule.Apply(Ready with { BodyCaveat = true, CaveatUnderstood = true }, Holding(Intent.Ready)));
    }

    [Fact]
    public void The_no_of_a_denied_pain_beside_a_body_caveat_asks()
    {
        Assert.Equal(MatchState.OnlyMaybePain, _rule.Apply(YesNo with { BodyCaveat = true, NegatedPain = true }, Holding(Intent.No)));
        Assert.Null(_rule.Apply(YesNo with { BodyCaveat = true }, Holding(Intent.No)));
    }
}
