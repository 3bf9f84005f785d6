using SeatedRelease.Practice.Recognition;
using SeatedRelease.Practice.Recognition.Rules;
using static SeatedRelease.Tests.Recognition.Rules.RuleEvidence;

namespace SeatedRelease.Tests.Recognition.Rules;

public sealed class TravellingPainIsPainTests
{
    private readonly TravellingPainIsPain _rule = new();

    [Fact]
    public void A_travelling_pain_is_pain()
    {
        Assert.Equal([Intent.Pain], Intents(_rule.Apply(Ready with { Travels = true }, Holding())));
    }

    [Fact]
    public void A_travelling_pain_at_the_pain_kind_prompt_is_sharp_whatever_mild_word_is_beside_it()
    {
        Assert.Contains(Intent.Sharp, Intents(_rule.Apply(PainKind with { Travels = true }, Holding(Intent.Mild))));
    }

    [Fact]
    public void A_listener_unsure_of_the_kind_is_asked_again()
    {
        Assert.Null(_rule.Apply(PainKind with { Travels = true, UnsureOfKind = true }, Holding()));
    }
}
