using SeatedRelease.Practice.Recognition;
using SeatedRelease.Practice.Recognition.Rules;
using static SeatedRelease.Tests.Recognition.Rules.RuleEvidence;

namespace SeatedRelease.Tests.Recognition.Rules;

public sealed class MildStateAsksTests
{
    private readonly MildStateAsks _rule = new();

    [Fact]
    public void A_mild_state_alone_asks_whether_it_hurts()
    {
        Assert.Equal([Intent.MaybePain], Intents(_rule.Apply(Ready with { MildState = true, TightnessNamed = true }, Holding())));
    }

    [Fact]
    public void A_mild_state_beside_a_change_of_pace_is_its_reason()
    {
        Assert.Null(_rule.Apply(Ready with { MildState = true, TightnessNamed = true }, Holding(Intent.Slower)));
    }

    [Fact]
    public void A_mild_state_felt_as_the_stretch_beside_a_go_ahead_does_not_ask()
    {
        var evidence = Ready with { MildState = true, TightnessNamed = true, NegatedPain = true };
        Assert.Null(_rule.Apply(evidence, Holding(Intent.Ready)));
    }
}
