using SeatedRelease.Practice.Engine;
using SeatedRelease.Practice.Recognition;
using SeatedRelease.Practice.Recognition.Classifier;
using SeatedRelease.Practice.Recognition.Composite;
using Answer = SeatedRelease.Practice.Recognition.Recognition;

namespace SeatedRelease.Tests.Recognition;

public sealed class CompositeRecognizerTests(RecognizerFixture fixture) : IClassFixture<RecognizerFixture>
{
    private static readonly FallbackPolicy Policy = new(ConfidenceThreshold: 0.9, AmbiguityMargin: 0.1);
    private static readonly Answer Unknown = new(Intent.Unknown);

    private static ClassifierVerdict Sure(string label) => new(label, 0.97f, "unknown", 0.02f);

    [Theory]
    [InlineData(PromptContext.Ready, Intent.Pain)]
    [InlineData(PromptContext.Ready, Intent.MaybePain)]
    [InlineData(PromptContext.PainKind, Intent.Sharp)]
    [InlineData(PromptContext.PainKind, Intent.Mild)]
    public void Pain_from_the_rules_stands_whatever_the_classifier_says(PromptContext context, Intent ruled)
    {
        Assert.Equal(ruled, CompositeRecognizer.Combine(context, new Answer(ruled), Sure("faster"), Policy).Intent);
        Assert.Equal(ruled, CompositeRecognizer.Combine(context, new Answer(ruled), Sure("unknown"), Policy).Intent);
    }

    [Theory]
    [InlineData(PromptContext.YesNo, "how did I do last time", Intent.History)]
    [InlineData(PromptContext.Surface, "how did I do last time", Intent.History)]
    [InlineData(PromptContext.Ready, "how did I do last time", Intent.History)]
    public void A_label_the_model_was_never_taught_is_not_overruled_by_it(PromptContext context, string utterance, Intent expected)
    {
        Assert.DoesNotContain("history", fixture.Composite.Classifier.Labels);
        Assert.Equal(expected, fixture.Composite.Recognize(context, utterance).Intent);
    }

    [Fact]
    public void A_maybe_pain_from_the_rules_stays_one_for_the_engine_to_read_further()
    {
        Assert.Equal(Intent.MaybePain, CompositeRecognizer.Combine(PromptContext.Ready, new Answer(Intent.MaybePain), Sure("pain"), Policy).Intent);
        Assert.Equal(Intent.MaybePain, fixture.Composite.Recognize(PromptContext.Ready, "I feel a stretch").Intent);
    }

    [Theory]
    [InlineData(Intent.Ready, "faster", Intent.Faster)]
    [InlineData(Intent.Stop, "unknown", Intent.Unknown)]
    [InlineData(Intent.Repeat, "slower", Intent.Slower)]
    [InlineData(Intent.Yes, "question", Intent.Question)]
    public void A_sure_classifier_decides_among_the_answers_other_than_pain(Intent ruled, string label, Intent expected)
    {
        Assert.Equal(expected, CompositeRecognizer.Combine(PromptContext.Ready, new Answer(ruled), Sure(label), Policy).Intent);
    }

    private static ClassifierVerdict Fairly(string label) => new(label, 0.75f, "unknown", 0.15f);

    [Theory]
    [InlineData(PromptContext.Ready, Intent.Unknown, "slower", Intent.Slower)]
    [InlineData(PromptContext.Ready, Intent.Unknown, "stop", Intent.Stop)]
    [InlineData(PromptContext.Ready, Intent.Unknown, "question", Intent.Question)]
    [InlineData(PromptContext.Surface, Intent.Unknown, "repeat", Intent.Repeat)]
    public void Below_the_confidence_threshold_the_classifier_still_names_a_request_the_rules_could_not_read(PromptContext context, Intent ruled, string label, Intent expected)
    {
        var policy = Policy with { RequestThreshold = 0.7 };
        Assert.Equal(expected, CompositeRecognizer.Combine(context, new Answer(ruled), Fairly(label), policy).Intent);
        Assert.Equal(ruled, CompositeRecognizer.Combine(context, new Answer(ruled), Fairly(label), Policy).Intent);
        Assert.Equal(ruled, CompositeRecognizer.Combine(context, new Answer(ruled), new ClassifierVerdict(label, 0.65f, "unknown", 0.2f), policy).Intent);
    }

    [Fact]
    public void A_surface_the_rules_read_stands_over_a_classifier_that_is_less_than_sure() =>
        Assert.Equal(Intent.Furniture, fixture.Composite.Recognize(PromptContext.Surface, "on a mattress").Intent);

    [Theory]
    [InlineData(PromptContext.Ready, Intent.Ready, "stop")]
    [InlineData(PromptContext.YesNo, Intent.Yes, "unknown")]
    [InlineData(PromptContext.YesNo, Intent.No, "question")]
    [InlineData(PromptContext.Ready, Intent.More, "pause")]
    [InlineData(PromptContext.Ready, Intent.Pain, "repeat")]
    [InlineData(PromptContext.Ready, Intent.MaybePain, "question")]
    [InlineData(PromptContext.Ready, Intent.Stop, "unknown")]
    [InlineData(PromptContext.Ready, Intent.Unknown, "ready")]
    [InlineData(PromptContext.YesNo, Intent.Unknown, "yes")]
    [InlineData(PromptContext.YesNo, Intent.Unknown, "no")]
    [InlineData(PromptContext.Ready, Intent.Unknown, "pain")]
    [InlineData(PromptContext.PainKind, Intent.Unknown, "sharp")]
    [InlineData(PromptContext.Ready, Intent.Unknown, "forget")]
    [InlineData(PromptContext.Ready, Intent.Repeat, "question")]
    [InlineData(PromptContext.Surface, Intent.Furniture, "mat")]
    [InlineData(PromptContext.Surface, Intent.Unknown, "hardwood")]
    [InlineData(PromptContext.Surface, Intent.Unknown, "furniture")]
    public void Below_the_confidence_threshold_the_classifier_never_moves_on_reports_or_overrules_the_rules(PromptContext context, Intent ruled, string label)
    {
        var policy = Policy with { RequestThreshold = 0.7 };
        Assert.Equal(ruled, CompositeRecognizer.Combine(context, new Answer(ruled), Fairly(label), policy).Intent);
    }

    [Theory]
    [InlineData("pain", 0.6f, 0.5, true)]
    [InlineData("maybe-pain", 0.5f, 0.5, true)]
    [InlineData("pain", 0.45f, 0.5, false)]
    [InlineData("ready", 0.9f, 0.5, false)]
    public void A_go_ahead_is_asked_about_when_the_classifier_hears_pain_more_than_anything_else(string label, float probability, double threshold, bool asks)
    {
        Assert.Equal(asks, CompositeRecognizer.GoAheadHeardAsPain(new(label, probability, "unknown", 1 - probability), threshold));
        Assert.False(CompositeRecognizer.GoAheadHeardAsPain(new(label, probability, "unknown", 1 - probability), null));
    }

    [Theory]
    // A carer may speak for the listener: a red flag said of someone else is asked about, never dropped with its frame.
    [InlineData("he says his leg's gone numb")]
    [InlineData("my husband's foot went numb yesterday")]
    public void A_red_flag_said_of_someone_else_is_asked_about(string utterance)
    {
        Assert.True(fixture.Composite.Pain.WithoutFrames(PromptContext.Ready, utterance)?.Ask);
        Assert.Equal(Intent.MaybePain, fixture.Composite.Recognize(PromptContext.Ready, utterance).Intent);
    }

    [Fact]
    public void A_ready_the_rules_heard_in_a_report_of_injury_is_never_taken()
    {
        // "done" is a ready word; the rules alone take it.
        Assert.Equal(Intent.Ready, fixture.Recognizer.Recognize(PromptContext.Ready, "i think ive done something to my back").Intent);
        Assert.NotEqual(Intent.Ready, fixture.Composite.Recognize(PromptContext.Ready, "i think ive done something to my back").Intent);
    }

    [Fact]
    public void An_unsure_classifier_leaves_the_rules_answer()
    {
        Assert.Equal(Intent.Ready, CompositeRecognizer.Combine(PromptContext.Ready, new Answer(Intent.Ready), new("faster", 0.6f, "ready", 0.3f), Policy).Intent);
    }

    [Fact]
    public void Agreeing_with_the_rules_keeps_what_they_know_beside_the_label()
    {
        var ruled = new Answer(Intent.Question, "sciatica");
        Assert.Equal(ruled, CompositeRecognizer.Combine(PromptContext.YesNo, ruled, Sure("question"), Policy));
    }

    [Fact]
    public void Pain_from_the_classifier_only_escalates_to_asking()
    {
        Assert.Equal(Intent.MaybePain, CompositeRecognizer.Combine(PromptContext.Ready, Unknown, Sure("pain"), Policy).Intent);
        Assert.Equal(Intent.MaybePain, CompositeRecognizer.Combine(PromptContext.YesNo, Unknown, Sure("mild"), Policy).Intent);
        Assert.Equal(Intent.Sharp, CompositeRecognizer.Combine(PromptContext.PainKind, Unknown, Sure("sharp"), Policy).Intent);
        // Mild would offer to go on; pain is already known there, so the kind is asked again.
        Assert.Equal(Intent.Unknown, CompositeRecognizer.Combine(PromptContext.PainKind, Unknown, Sure("mild"), Policy).Intent);
    }

    [Fact]
    public void An_unsure_or_ambiguous_classifier_falls_back_to_unknown()
    {
        Assert.Equal(Intent.Faster, CompositeRecognizer.Combine(PromptContext.Ready, Unknown, Sure("faster"), Policy).Intent);
        Assert.Equal(Intent.Unknown, CompositeRecognizer.Combine(PromptContext.Ready, Unknown, new("faster", 0.85f, "slower", 0.1f), Policy).Intent);
        var lowThreshold = new FallbackPolicy(0.3, 0.2);
        Assert.Equal(Intent.Unknown, CompositeRecognizer.Combine(PromptContext.Ready, Unknown, new("faster", 0.45f, "slower", 0.4f), lowThreshold).Intent);
        Assert.Equal(Intent.Faster, CompositeRecognizer.Combine(PromptContext.Ready, Unknown, new("faster", 0.65f, "slower", 0.3f), lowThreshold).Intent);
    }

    [Theory]
    [InlineData(PromptContext.Ready, "that hertz")]
    [InlineData(PromptContext.Ready, "I'm ready but my knee is killing me")]
    [InlineData(PromptContext.YesNo, "yes it hurts")]
    [InlineData(PromptContext.PainKind, "it shoots down my leg")]
    public void Pain_said_plainly_is_pain_family_through_the_whole_pipeline(PromptContext context, string utterance)
    {
        Assert.True(CompositeRecognizer.IsPainFamily(fixture.Composite.Recognize(context, utterance).Intent));
    }

    [Theory]
    [InlineData("not ready yet")]
    [InlineData("is dinner ready")]
    [InlineData("the kettle's ready")]
    public void Ready_negated_asked_or_said_of_something_else_is_not_ready(string utterance)
    {
        Assert.NotEqual(Intent.Ready, fixture.Composite.Recognize(PromptContext.Ready, utterance).Intent);
    }

    [Fact]
    public void The_classifier_only_answers_with_labels_its_prompt_allows()
    {
        foreach (var context in Enum.GetValues<PromptContext>())
        {
            var allowed = fixture.Recognizer.Labels(context);
            foreach (var utterance in new[] { "carpet", "sharp", "yes", "ready", "slower please", "banana" })
            {
                Assert.Contains(fixture.Composite.Classifier.Classify(context, utterance).Best, allowed);
            }
        }
    }

    [Fact]
    public async Task Start_up_names_the_settings_file_when_the_model_it_names_is_missing()
    {
        string folder = Directory.CreateTempSubdirectory("dialogs-").FullName;
        try
        {
            foreach (var file in Directory.GetFiles(Path.Combine(fixture.RepoRoot, "dialogs")))
            {
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            }
            File.Delete(Path.Combine(folder, IntentClassifier.FileName));

            var e = await Assert.ThrowsAsync<LexiconException>(() => PracticeLoader.LoadAsync(folder, TimeProvider.System, CancellationToken.None));

            Assert.Contains("recognizer.yaml:1", e.Message);
            Assert.Contains("train", e.Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("model: intent-model.zip\nconfidence_threshold: 1.5\nambiguity_margin: 0.1\n", "confidence_threshold")]
    [InlineData("model: intent-model.zip\nconfidence_threshold: 0.5\n", "ambiguity_margin")]
    [InlineData("model: intent-model.zip\nconfidence_threshold: 0.5\nambiguity_margin: 0.1\nthreshold: 3\n", "recognizer.yaml:4")]
    [InlineData("model: intent-model.zip\nconfidence_threshold: 0.9\nambiguity_margin: 0.1\nproposal_threshold: 0.8\n", "proposal_threshold")]
    [InlineData("model: intent-model.zip\nconfidence_threshold: 0.9\nambiguity_margin: 0.1\nproposal_threshold: 0.95\nproposal_margin: 2\n", "proposal_margin")]
    [InlineData("model: intent-model.zip\nconfidence_threshold: 0.9\nambiguity_margin: 0.1\npain_threshold: 1.5\n", "pain_threshold")]
    [InlineData("model: intent-model.zip\nconfidence_threshold: 0.7\nambiguity_margin: 0.1\nrequest_threshold: 0.8\n", "request_threshold")]
    public void Bad_settings_are_refused_naming_the_file_and_the_key(string yaml, string expected)
    {
        var e = Assert.Throws<LexiconException>(() => RecognizerSettings.Parse(yaml, "recognizer.yaml"));
        Assert.Contains(expected, e.Message);
    }

    [Theory]
    [InlineData("question", Intent.Question)]
    [InlineData("pause", Intent.Pause)]
    [InlineData("pain", Intent.MaybePain)]
    [InlineData("unknown", Intent.MaybePain)]
    [InlineData("ready", Intent.MaybePain)]
    [InlineData("yes", Intent.MaybePain)]
    public void A_maybe_pain_without_a_word_of_feeling_is_renamed_only_to_a_trusted_answer_that_neither_lowers_pain_nor_moves_on(string label, Intent expected)
    {
        Assert.Equal(expected, CompositeRecognizer.Rename(new Answer(Intent.MaybePain), Sure(label), Policy).Intent);
    }

    [Theory]
    [InlineData("can i keep my knee bent", false)]
    [InlineData("do i hold the toes or the heel", false)]
    [InlineData("can i keep my knee bent, it feels strange", true)]
    [InlineData("is my knee supposed to hurt", true)]
    public void A_body_part_named_in_a_question_is_a_question_unless_a_feeling_is_named(string utterance, bool feeling)
    {
        var heard = fixture.Composite.Recognize(PromptContext.Ready, utterance).Intent;
        Assert.True(feeling ? CompositeRecognizer.IsPainFamily(heard) : heard == Intent.Question, $"{utterance}: {heard}");
    }

    [Theory]
    [InlineData("pain", 0.85f, 0.8, true)]
    [InlineData("pain", 0.8f, 0.8, true)]
    [InlineData("pain", 0.79f, 0.8, false)]
    [InlineData("question", 0.99f, 0.8, false)]
    [InlineData("maybe-pain", 0.99f, 0.8, false)]
    public void A_maybe_pain_is_raised_to_pain_only_when_the_classifier_is_sure_enough_of_pain(string label, float probability, double threshold, bool raised)
    {
        Assert.Equal(raised, CompositeRecognizer.RaisesMaybePain(new ClassifierVerdict(label, probability, "unknown", 0), threshold));
    }

    [Theory]
    [InlineData(PromptContext.PainKind, "mild", 0.6f, Intent.Pain)]
    [InlineData(PromptContext.PainKind, "sharp", 0.6f, Intent.Pain)]
    [InlineData(PromptContext.PainKind, "pain", 0.6f, Intent.Pain)]
    [InlineData(PromptContext.PainKind, "mild", 0.4f, Intent.Unknown)]
    [InlineData(PromptContext.PainKind, "stop", 0.99f, Intent.Unknown)]
    [InlineData(PromptContext.Ready, "pain", 0.99f, Intent.Unknown)]
    public void At_the_pain_kind_prompt_an_unplaced_answer_the_classifier_reads_as_pain_asks_the_kind_again(PromptContext context, string label, float probability, Intent expected) =>
        Assert.Equal(expected, CompositeRecognizer.DescribesPain(context, Unknown, new(label, probability, "unknown", 1 - probability), 0.5).Intent);

    [Fact]
    public void A_described_pain_never_replaces_another_answer_or_names_the_kind()
    {
        Assert.Equal(Intent.Stop, CompositeRecognizer.DescribesPain(PromptContext.PainKind, new Answer(Intent.Stop), Sure("mild"), 0.5).Intent);
        Assert.Equal(Intent.Unknown, CompositeRecognizer.DescribesPain(PromptContext.PainKind, Unknown, Sure("mild"), null).Intent);
    }

    // "more of a tug really" is in no corpus file; the pain-kind reader finds no word of a kind in it, and the model is sure of mild.
    [Fact]
    public void At_the_pain_kind_prompt_a_picture_of_pain_the_lists_do_not_hold_is_mild_when_the_classifier_is_sure() =>
        Assert.Equal(Intent.Mild, fixture.Composite.Recognize(PromptContext.PainKind, "more of a tug really").Intent);

    [Theory]
    [InlineData(PromptContext.PainKind, Intent.Pain, "like after a long day in the garden", 0.9, true)]
    // A kind the reader finds stands: a sharp word, a red flag or "I can't tell" is never lowered to mild.
    [InlineData(PromptContext.PainKind, Intent.Pain, "like after gardening but it stabs", 0.9, false)]
    [InlineData(PromptContext.PainKind, Intent.Pain, "like after gardening with pins and needles", 0.9, false)]
    [InlineData(PromptContext.PainKind, Intent.Pain, "hard to say", 0.9, false)]
    // Only a pain of a kind not yet known; never another answer, another prompt, or without the number.
    [InlineData(PromptContext.PainKind, Intent.Sharp, "like after a long day in the garden", 0.9, false)]
    [InlineData(PromptContext.PainKind, Intent.Pause, "like after a long day in the garden", 0.9, false)]
    [InlineData(PromptContext.Ready, Intent.Pain, "like after a long day in the garden", 0.9, false)]
    [InlineData(PromptContext.PainKind, Intent.Pain, "like after a long day in the garden", null, false)]
    public void Only_a_pain_whose_kind_the_words_do_not_tell_may_be_named_mild(PromptContext context, Intent answer, string utterance, double? threshold, bool expected) =>
        Assert.Equal(expected, CompositeRecognizer.NamesMild(context, new Answer(answer), fixture.Composite.Pain, utterance, threshold));

    [Theory]
    [InlineData("mild", 0.95f, true)]
    [InlineData("mild", 0.85f, false)]
    [InlineData("sharp", 0.99f, false)]
    [InlineData("pain", 0.99f, false)]
    public void The_classifier_names_mild_only_when_mild_is_its_best_label_at_the_threshold(string label, float probability, bool expected) =>
        Assert.Equal(expected, CompositeRecognizer.SureOfMild(new(label, probability, "unknown", 1 - probability), 0.9));

    [Theory]
    [InlineData("my brother had sciatica", Intent.Unknown)]
    [InlineData("my mother had a slipped disc, poor thing", Intent.Unknown)]
    [InlineData("yes, and my brother had sciatica too", Intent.Yes)]
    [InlineData("my husband and I both have sciatica", Intent.Yes)]
    [InlineData("I had sciatica a few years ago", Intent.Yes)]
    public void A_condition_said_of_someone_else_is_no_yes_about_the_listener(string utterance, Intent expected) =>
        Assert.Equal(expected, fixture.Composite.Recognize(PromptContext.YesNo, utterance).Intent);

    [Fact]
    public void Without_a_pain_threshold_no_maybe_pain_is_raised() =>
        Assert.False(CompositeRecognizer.RaisesMaybePain(Sure("pain"), painThreshold: null));

    // Lines no corpus file holds, where the model alone hears pain (its words carry no negation).
    [Theory]
    [InlineData(PromptContext.Ready, "there is no pain in my knee at all")]
    [InlineData(PromptContext.Ready, "my leg does not hurt")]
    [InlineData(PromptContext.Ready, "my back is not sore today")]
    public void Pain_the_rules_heard_taken_back_is_not_raised_by_the_classifier(PromptContext context, string utterance)
    {
        Assert.True(fixture.Composite.Pain.TakesBackPain(utterance));
        Assert.Equal("pain", fixture.Composite.Classifier.Classify(context, utterance).Best);
        Assert.False(CompositeRecognizer.IsPainFamily(fixture.Composite.Recognize(context, utterance).Intent), utterance);
    }

    [Theory]
    [InlineData("my knee hurts")]
    [InlineData("it doesn't hurt but my foot is numb")]
    [InlineData("the weather is lovely")]
    public void Pain_said_and_not_taken_back_or_not_said_at_all_is_not_taken_back(string utterance) =>
        Assert.False(fixture.Composite.Pain.TakesBackPain(utterance));
}
