using SeatedRelease.Practice.Recognition;
using SeatedRelease.Practice.Recognition.Rules;
using static SeatedRelease.Tests.Recognition.Rules.RuleEvidence;

namespace SeatedRelease.Tests.Recognition.Rules;

public sealed class PainPathIsSharpTests
{
    private readonly PainPathIsSharp _rule = new();

    [Fact]
    public void Where_the_pain_goes_answers_the_kind()
    {
        Assert.Equal([Intent.Sharp], Intents(_rule.Apply(PainKind with { NamesPath = true }, Holding())));
    }

    [Fact]
    public void A_mild_word_beside_the_path_answers_it()
    {
        Assert.Null(_rule.Apply(PainKind with { NamesPath = true }, Holding(Intent.Mild)));
    }

    [Fact]
    public void A_path_said_by_a_listener_unsure_of_the_kind_is_no_answer()
    {
        Assert.Null(_rule.Apply(PainKind with { NamesPath = true, UnsureOfKind = true }, Holding()));
    }
}
