using SeatedRelease.Practice.Recognition;

namespace SeatedRelease.Tests.Recognition.Rules.Phrases;

/// <summary>The rules alone, on an utterance the phrase rule decides and a near one it leaves alone.</summary>
public sealed class MinorFeelingRuleTests(RecognizerFixture fixture) : IClassFixture<RecognizerFixture>
{
    [Theory]
    [InlineData(PromptContext.YesNo, "no, just tight hamstrings", "no")]
    [InlineData(PromptContext.YesNo, "tight hamstrings", "maybe-pain")]
    public void A_feeling_offered_as_minor_beside_an_answer_qualifies_it(PromptContext context, string utterance, string expected)
    {
        Assert.Equal(expected, fixture.Recognizer.Recognize(context, utterance).Label);
    }
}
