using SeatedRelease.Practice.Recognition;

namespace SeatedRelease.Tests.Recognition.Rules.Phrases;

/// <summary>The rules alone, on an utterance the phrase rule decides and a near one it leaves alone.</summary>
public sealed class UnlessAnsweredRuleTests(RecognizerFixture fixture) : IClassFixture<RecognizerFixture>
{
    [Theory]
    [InlineData(PromptContext.YesNo, "I'd rather start fresh", "no")]
    [InlineData(PromptContext.YesNo, "yes, I have sciatica, start fresh", "yes")]
    public void A_phrase_that_counts_unless_answered_gives_way_to_an_explicit_answer(PromptContext context, string utterance, string expected)
    {
        Assert.Equal(expected, fixture.Recognizer.Recognize(context, utterance).Label);
    }
}
