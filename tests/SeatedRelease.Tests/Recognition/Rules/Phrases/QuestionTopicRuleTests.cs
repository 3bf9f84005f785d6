using SeatedRelease.Practice.Recognition;

namespace SeatedRelease.Tests.Recognition.Rules.Phrases;

/// <summary>The rules alone, on an utterance the phrase rule decides and a near one it leaves alone.</summary>
public sealed class QuestionTopicRuleTests(RecognizerFixture fixture) : IClassFixture<RecognizerFixture>
{
    [Theory]
    [InlineData(PromptContext.Ready, "should I wear socks", "question")]
    [InlineData(PromptContext.Ready, "socks", "unknown")]
    public void A_topic_is_a_question_only_when_asked(PromptContext context, string utterance, string expected)
    {
        Assert.Equal(expected, fixture.Recognizer.Recognize(context, utterance).Label);
    }
}
