using SeatedRelease.Practice.Recognition;
using SeatedRelease.Practice.Recognition.Rules;
using static SeatedRelease.Tests.Recognition.Rules.RuleEvidence;

namespace SeatedRelease.Tests.Recognition.Rules;

public sealed class GivingUpStopsTests
{
    private readonly GivingUpStops _rule = new();

    [Fact]
    public void Giving_up_stops_whatever_else_was_said()
    {
        var after = _rule.Apply(Ready with { GivingUp = true }, Holding(Intent.Ready));
        Assert.Equal(Intent.Stop, after?.Strongest(Ready.Priority));
    }

    [Fact]
    public void Without_words_of_giving_up_nothing_stops()
    {
        Assert.Null(_rule.Apply(Ready, Holding(Intent.Ready)));
    }
}
