using SeatedRelease.Practice.Recognition;

namespace SeatedRelease.Tests.Recognition.Rules.Phrases;

/// <summary>The rules alone, on an utterance the phrase rule decides and a near one it leaves alone.</summary>
public sealed class SomeoneElsesNoiseRuleTests(RecognizerFixture fixture) : IClassFixture<RecognizerFixture>
{
    [Theory]
    [InlineData(PromptContext.Ready, "the kids are screaming", "unknown")]
    [InlineData(PromptContext.Ready, "I'm screaming", "pain")]
    [InlineData(PromptContext.PainKind, "the toast is burning", "unknown")]
    public void A_noise_someone_else_makes_is_not_the_listeners_pain(PromptContext context, string utterance, string expected)
    {
        Assert.Equal(expected, fixture.Recognizer.Recognize(context, utterance).Label);
    }
}
