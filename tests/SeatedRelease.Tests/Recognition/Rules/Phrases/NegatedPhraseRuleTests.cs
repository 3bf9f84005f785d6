using SeatedRelease.Practice.Recognition;

namespace SeatedRelease.Tests.Recognition.Rules.Phrases;

/// <summary>The rules alone, on an utterance the phrase rule decides and a near one it leaves alone.</summary>
public sealed class NegatedPhraseRuleTests(RecognizerFixture fixture) : IClassFixture<RecognizerFixture>
{
    [Theory]
    [InlineData(PromptContext.Ready, "doesn't hurt much", "maybe-pain")]
    [InlineData(PromptContext.YesNo, "no pain", "no")]
    [InlineData(PromptContext.Ready, "not ready", "pause")]
    public void A_denied_pain_answers_a_hedged_one_may_be_pain_and_a_negated_answer_is_not_said(PromptContext context, string utterance, string expected)
    {
        Assert.Equal(expected, fixture.Recognizer.Recognize(context, utterance).Label);
    }
}
