using SeatedRelease.Practice.Recognition;
using SeatedRelease.Practice.Recognition.Rules;
using static SeatedRelease.Tests.Recognition.Rules.RuleEvidence;

namespace SeatedRelease.Tests.Recognition.Rules;

public sealed class UnsureKindWithBodyIsPainTests
{
    private readonly UnsureKindWithBodyIsPain _rule = new();

    [Fact]
    public void Where_it_hurts_without_a_kind_is_a_pain_report()
    {
        Assert.Equal([Intent.Pain], Intents(_rule.Apply(PainKind with { UnsureOfKind = true, MentionsBody = true }, Holding())));
    }

    [Fact]
    public void Unsure_of_the_kind_without_the_body_is_no_report()
    {
        Assert.Null(_rule.Apply(PainKind with { UnsureOfKind = true }, Holding()));
    }
}
