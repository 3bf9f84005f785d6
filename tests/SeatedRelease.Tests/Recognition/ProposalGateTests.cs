using SeatedRelease.Practice.Recognition;
using SeatedRelease.Practice.Recognition.Classifier;
using SeatedRelease.Practice.Recognition.Composite;
using Answer = SeatedRelease.Practice.Recognition.Recognition;

namespace SeatedRelease.Tests.Recognition;

/// <summary>The rules' gate over a ready or yes the classifier proposes.</summary>
public sealed class ProposalGateTests(RecognizerFixture fixture) : IClassFixture<RecognizerFixture>
{
    private static readonly FallbackPolicy Strict = new(0.99, 0.9);
    private static readonly Answer Unknown = new(Intent.Unknown);

    private static ClassifierVerdict Verdict(string label, float p) => new(label, p, "unknown", 1 - p);

    private ProposalGate Open => ProposalGate.Over(Strict, fixture.Composite.Rules, fixture.Composite.Pain);

    [Theory]
    [InlineData(PromptContext.Ready, "ready", "sim")]
    [InlineData(PromptContext.YesNo, "yes", "sim")]
    public void A_sure_proposal_over_unknown_with_nothing_against_it_is_taken(PromptContext context, string label, string utterance) =>
        Assert.Equal(label, Open.Decide(context, Unknown, Verdict(label, 0.995f), utterance).Label);

    [Fact]
    public void A_proposal_below_the_proposal_threshold_is_not_taken() =>
        Assert.Equal(Intent.Unknown, Open.Decide(PromptContext.Ready, Unknown, Verdict("ready", 0.98f), "sim").Intent);

    [Fact]
    public void A_proposal_never_replaces_another_reading_of_the_rules() =>
        Assert.Equal(Intent.Question, Open.Decide(PromptContext.Ready, new Answer(Intent.Question), Verdict("ready", 0.995f), "sim").Intent);

    [Theory]
    [InlineData(PromptContext.YesNo, "ready")]
    [InlineData(PromptContext.Ready, "yes")]
    [InlineData(PromptContext.Surface, "yes")]
    public void Ready_is_taken_only_at_the_ready_prompt_and_yes_only_at_yes_or_no(PromptContext context, string label) =>
        Assert.Equal(Intent.Unknown, Open.Decide(context, Unknown, Verdict(label, 0.995f), "sim").Intent);

    [Theory]
    [InlineData("sim no")]
    [InlineData("sim?")]
    [InlineData("is it sim")]
    [InlineData("sim maybe")]
    [InlineData("sim if it goes")]
    [InlineData("sim but my knee")]
    [InlineData("sim tingly")]
    [InlineData("sim it aches")]
    [InlineData("my wife is sim")]
    [InlineData("the dog is sim")]
    [InlineData("sim stop")]
    [InlineData("ow sim")]
    [InlineData("dodgy")]
    public void Anything_against_it_in_the_words_bars_a_proposal(string utterance) =>
        Assert.Equal(Intent.Unknown, Open.Decide(PromptContext.Ready, Unknown, Verdict("ready", 0.995f), utterance).Intent);

    // "it", "I" and "my" are in pain phrases ("it hurts", "my back hurts") but say no pain on their own; "hurts" does.
    [Theory]
    [InlineData("sim it", true)]
    [InlineData("i'm sim", true)]
    [InlineData("my sim", true)]
    [InlineData("sim it hurts", false)]
    [InlineData("sim my back hurts", false)]
    public void The_little_words_of_pain_phrases_do_not_bar_a_proposal_but_the_words_of_pain_do(string utterance, bool taken) =>
        Assert.Equal(taken ? Intent.Ready : Intent.Unknown, Open.Decide(PromptContext.Ready, Unknown, Verdict("ready", 0.995f), utterance).Intent);

    [Fact]
    public void A_closed_gate_takes_no_proposal() =>
        Assert.Equal(Intent.Unknown, ProposalGate.Closed.Decide(PromptContext.Ready, Unknown, Verdict("ready", 1f), "sim").Intent);

    [Fact]
    public void The_repository_recognizer_gates_proposals_with_the_stricter_numbers_of_its_settings()
    {
        Assert.NotNull(fixture.Composite.Gate.Trust);
        Assert.True(fixture.Composite.Gate.Trust!.ConfidenceThreshold >= fixture.Composite.Fallback.ConfidenceThreshold);
        Assert.NotEqual(Intent.Ready, fixture.Composite.Recognize(PromptContext.Ready, "not ready yet").Intent);
    }
}
