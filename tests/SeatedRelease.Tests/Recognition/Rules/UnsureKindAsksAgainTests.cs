using SeatedRelease.Practice.Recognition;
using SeatedRelease.Practice.Recognition.Rules;
using static SeatedRelease.Tests.Recognition.Rules.RuleEvidence;

namespace SeatedRelease.Tests.Recognition.Rules;

public sealed class UnsureKindAsksAgainTests
{
    private readonly UnsureKindAsksAgain _rule = new();

    [Fact]
    public void Unsure_of_the_kind_with_a_mild_word_asks_the_kind_again()
    {
        Assert.Equal([Intent.Pain], Intents(_rule.Apply(PainKind with { UnsureOfKind = true }, Holding(Intent.Mild))));
    }

    [Fact]
    public void Unsure_but_naming_the_kind_is_mild()
    {
        Assert.Null(_rule.Apply(PainKind with { UnsureOfKind = true, NamedKind = true }, Holding(Intent.Mild)));
    }

    [Fact]
    public void Sharp_is_kept()
    {
        Assert.Null(_rule.Apply(PainKind with { UnsureOfKind = true }, Holding(Intent.Sharp, Intent.Mild)));
    }
}
