using SeatedRelease.Practice.Recognition;
using SeatedRelease.Practice.Recognition.Rules;
using static SeatedRelease.Tests.Recognition.Rules.RuleEvidence;

namespace SeatedRelease.Tests.Recognition.Rules;

public sealed class PictureOfPainIsSharpTests
{
    private readonly PictureOfPainIsSharp _rule = new();

    [Fact]
    public void A_picture_of_the_pain_at_the_pain_kind_prompt_is_sharp()
    {
        Assert.Equal([Intent.Sharp], Intents(_rule.Apply(PainKind with { PicturesPain = true }, Holding())));
    }

    [Fact]
    public void A_picture_of_a_mild_state_is_left_to_the_pain_kind_reader()
    {
        Assert.Null(_rule.Apply(PainKind with { PicturesPain = true, MildState = true }, Holding()));
    }

    [Fact]
    public void A_sharp_sensation_stays_sharp_beside_a_mild_state()
    {
        Assert.Equal([Intent.Sharp], Intents(_rule.Apply(PainKind with { SharpSensation = true, MildState = true }, Holding())));
    }

    [Fact]
    public void A_mild_word_beside_the_sensation_answers_the_kind()
    {
        Assert.Null(_rule.Apply(PainKind with { SharpSensation = true }, Holding(Intent.Mild)));
    }

    [Fact]
    public void A_sharp_sensation_elsewhere_is_not_a_kind()
    {
        Assert.Null(_rule.Apply(Ready with { SharpSensation = true }, Holding()));
    }
}
