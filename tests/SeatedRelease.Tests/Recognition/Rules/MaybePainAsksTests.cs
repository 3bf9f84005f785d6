using SeatedRelease.Practice.Recognition;
using SeatedRelease.Practice.Recognition.Rules;
using static SeatedRelease.Tests.Recognition.Rules.RuleEvidence;

namespace SeatedRelease.Tests.Recognition.Rules;

public sealed class MaybePainAsksTests
{
    private readonly MaybePainAsks _rule = new();

    [Fact]
    public void A_possible_pain_is_asked_about()
    {
        Assert.Contains(Intent.MaybePain, Intents(_rule.Apply(Ready, Holding() with { MaybePain = true })));
    }

    [Fact]
    public void At_the_pain_kind_prompt_a_possible_pain_is_a_pain_report()
    {
        Assert.Equal([Intent.Pain], Intents(_rule.Apply(PainKind, Holding() with { MaybePain = true })));
    }
}
