using SeatedRelease.Practice.Recognition;

namespace SeatedRelease.Tests.Recognition.Rules.Phrases;

/// <summary>The rules alone, on an utterance the phrase rule decides and a near one it leaves alone.</summary>
public sealed class PainPhraseRuleTests(RecognizerFixture fixture) : IClassFixture<RecognizerFixture>
{
    [Theory]
    [InlineData(PromptContext.Ready, "it hurts", "pain")]
    [InlineData(PromptContext.Ready, "what if it hurts", "maybe-pain")]
    public void A_pain_phrase_is_pain_and_a_supposed_one_may_be(PromptContext context, string utterance, string expected)
    {
        Assert.Equal(expected, fixture.Recognizer.Recognize(context, utterance).Label);
    }
}
