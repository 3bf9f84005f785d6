using SeatedRelease.Practice.Recognition;
using SeatedRelease.Practice.Recognition.Rules;
using static SeatedRelease.Tests.Recognition.Rules.RuleEvidence;

namespace SeatedRelease.Tests.Recognition.Rules;

public sealed class MinorFeelingAsksTests
{
    private readonly MinorFeelingAsks _rule = new();

    [Fact]
    public void A_minor_feeling_beside_an_explicit_answer_qualifies_it()
    {
        Assert.Null(_rule.Apply(YesNo with { MinorMaybePain = true }, Holding(Intent.No)));
    }

    [Fact]
    public void A_minor_feeling_said_alone_is_still_asked_about()
    {
        Assert.Equal([Intent.MaybePain], Intents(_rule.Apply(YesNo with { MinorMaybePain = true }, Holding())));
    }
}
