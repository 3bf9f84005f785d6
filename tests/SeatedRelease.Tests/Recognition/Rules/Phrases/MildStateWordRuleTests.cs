using SeatedRelease.Practice.Recognition;

namespace SeatedRelease.Tests.Recognition.Rules.Phrases;

/// <summary>The rules alone, on an utterance the phrase rule decides and a near one it leaves alone.</summary>
public sealed class MildStateWordRuleTests(RecognizerFixture fixture) : IClassFixture<RecognizerFixture>
{
    [Theory]
    [InlineData(PromptContext.Ready, "ease up on the pace, I'm stiff today", "slower")]
    [InlineData(PromptContext.Ready, "I'm stiff", "maybe-pain")]
    public void A_mild_state_beside_a_change_of_pace_is_its_reason(PromptContext context, string utterance, string expected)
    {
        Assert.Equal(expected, fixture.Recognizer.Recognize(context, utterance).Label);
    }
}
