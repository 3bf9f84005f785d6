using SeatedRelease.Practice.Recognition;

namespace SeatedRelease.Tests.Recognition.Rules.Phrases;

/// <summary>The rules alone, on an utterance the phrase rule decides and a near one it leaves alone.</summary>
public sealed class CommandOfActivityRuleTests(RecognizerFixture fixture) : IClassFixture<RecognizerFixture>
{
    [Theory]
    [InlineData(PromptContext.Ready, "stop moving", "stop")]
    [InlineData(PromptContext.Ready, "stop barking", "unknown")]
    public void A_command_to_stop_a_doing_stops_only_the_listeners_own(PromptContext context, string utterance, string expected)
    {
        Assert.Equal(expected, fixture.Recognizer.Recognize(context, utterance).Label);
    }
}
