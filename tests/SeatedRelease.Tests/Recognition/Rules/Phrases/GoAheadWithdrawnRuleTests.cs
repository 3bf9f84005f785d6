using SeatedRelease.Practice.Recognition;

namespace SeatedRelease.Tests.Recognition.Rules.Phrases;

/// <summary>The rules alone, on an utterance the phrase rule decides and a near one it leaves alone.</summary>
public sealed class GoAheadWithdrawnRuleTests(RecognizerFixture fixture) : IClassFixture<RecognizerFixture>
{
    [Theory]
    [InlineData(PromptContext.Ready, "um the uh yeah no the", "unknown")]
    [InlineData(PromptContext.Ready, "yeah", "ready")]
    public void A_go_ahead_withdrawn_in_the_same_breath_among_hesitations_is_no_go_ahead(PromptContext context, string utterance, string expected)
    {
        Assert.Equal(expected, fixture.Recognizer.Recognize(context, utterance).Label);
    }
}
