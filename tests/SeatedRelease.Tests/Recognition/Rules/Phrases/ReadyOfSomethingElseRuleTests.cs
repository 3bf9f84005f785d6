using SeatedRelease.Practice.Recognition;

namespace SeatedRelease.Tests.Recognition.Rules.Phrases;

/// <summary>The rules alone, on an utterance the phrase rule decides and a near one it leaves alone.</summary>
public sealed class ReadyOfSomethingElseRuleTests(RecognizerFixture fixture) : IClassFixture<RecognizerFixture>
{
    [Theory]
    [InlineData(PromptContext.Ready, "the kettle's ready", "unknown")]
    [InlineData(PromptContext.Ready, "ready", "ready")]
    public void Ready_said_of_something_else_is_not_the_listeners(PromptContext context, string utterance, string expected)
    {
        Assert.Equal(expected, fixture.Recognizer.Recognize(context, utterance).Label);
    }
}
