using SeatedRelease.Practice.Recognition;
using SeatedRelease.Practice.Recognition.Rules;
using static SeatedRelease.Tests.Recognition.Rules.RuleEvidence;

namespace SeatedRelease.Tests.Recognition.Rules;

public sealed class PastConditionAnswersNoTests
{
    private readonly PastConditionAnswersNo _rule = new();

    [Fact]
    public void A_condition_said_to_be_over_answers_no()
    {
        Assert.Equal([Intent.No], Intents(_rule.Apply(YesNo with { PastConditionOver = true }, Holding())));
    }

    [Fact]
    public void An_explicit_yes_beside_a_condition_said_to_be_over_stands()
    {
        Assert.Null(_rule.Apply(YesNo with { PastConditionOver = true }, Holding(Intent.Yes)));
    }
}
