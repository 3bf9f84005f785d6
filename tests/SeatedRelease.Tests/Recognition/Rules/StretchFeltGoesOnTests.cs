using SeatedRelease.Practice.Recognition;
using SeatedRelease.Practice.Recognition.Rules;
using static SeatedRelease.Tests.Recognition.Rules.RuleEvidence;

namespace SeatedRelease.Tests.Recognition.Rules;

public sealed class StretchFeltGoesOnTests
{
    private readonly StretchFeltGoesOn _rule = new();

    private static readonly MatchEvidence TightNoPain = Ready with { TightnessNamed = true, NegatedPain = true };

    [Fact]
    public void Tightness_with_pain_denied_and_a_go_ahead_is_the_stretch_felt()
    {
        Assert.Equal([Intent.Ready], Intents(_rule.Apply(TightNoPain, Holding(Intent.MaybePain, Intent.Ready))));
    }

    [Fact]
    public void Tightness_and_a_go_ahead_without_pain_denied_still_asks()
    {
        Assert.Null(_rule.Apply(TightNoPain with { NegatedPain = false }, Holding(Intent.MaybePain, Intent.Ready)));
    }

    [Fact]
    public void Pain_said_anywhere_beside_the_tightness_is_never_the_stretch()
    {
        Assert.Null(_rule.Apply(TightNoPain with { PainClause = 1 }, Holding(Intent.MaybePain, Intent.Ready)));
        Assert.Null(_rule.Apply(TightNoPain with { OtherMaybePain = true }, Holding(Intent.MaybePain, Intent.Ready)));
    }
}
