using SeatedRelease.Practice.Recognition;
using SeatedRelease.Practice.Recognition.Composite;
using Answer = SeatedRelease.Practice.Recognition.Recognition;

namespace SeatedRelease.Tests.Recognition;

public sealed class PainDetectorTests(RecognizerFixture fixture) : IClassFixture<RecognizerFixture>
{
    [Theory]
    [InlineData("my foot is numb")]
    [InlineData("tingling in my toes")]
    [InlineData("it's shooting down my leg")]
    [InlineData("I feel dizzy")]
    [InlineData("I heard a pop")]
    [InlineData("carpet but my leg's gone dead")]
    public void A_red_flag_is_sharp_at_the_pain_kind_prompt_never_mild(string utterance)
    {
        Assert.Equal(Intent.Sharp, fixture.Composite.Recognize(PromptContext.PainKind, utterance).Intent);
    }

    [Theory]
    [InlineData(PromptContext.Ready, "I feel sick")]
    [InlineData(PromptContext.YesNo, "I feel faint")]
    [InlineData(PromptContext.Surface, "rug, but I'm feeling a bit faint")]
    [InlineData(PromptContext.Ready, "I can't catch my breath")]
    public void A_red_flag_is_pain_at_any_other_prompt(PromptContext context, string utterance)
    {
        Assert.Equal(Intent.Pain, fixture.Composite.Recognize(context, utterance).Intent);
    }

    [Theory]
    [InlineData("no tingling at all, ready")]
    [InlineData("I used to get numbness years ago")]
    [InlineData("what if I feel dizzy")]
    [InlineData("my wife gets dizzy doing this")]
    public void A_red_flag_negated_supposed_or_about_someone_else_leaves_the_rules_answer(string utterance)
    {
        var ruled = fixture.Recognizer.Recognize(PromptContext.Ready, utterance);
        Assert.Equal(ruled, fixture.Composite.Pain.Escalate(PromptContext.Ready, ruled, utterance));
    }

    // The detector alone; in the whole pipeline a classifier sure of sharp still raises such a question to sharp.
    [Theory]
    [InlineData("what counts as sharp", Intent.Sharp, Intent.Question)]
    [InlineData("does a cramp count as mild", Intent.Mild, Intent.Question)]
    [InlineData("should I see a doctor about this", Intent.Unknown, Intent.Question)]
    [InlineData("is it normal to feel something here", Intent.Unknown, Intent.Question)]
    [InlineData("can't describe it but it's sharp", Intent.Sharp, Intent.Sharp)]
    [InlineData("could be better", Intent.Unknown, Intent.Unknown)]
    [InlineData("might've been the floor", Intent.Unknown, Intent.Unknown)]
    [InlineData("what a pain, sharp", Intent.Sharp, Intent.Sharp)]
    [InlineData("is sharp", Intent.Sharp, Intent.Sharp)]
    [InlineData("is very strong pain", Intent.Sharp, Intent.Sharp)]
    [InlineData("Is dull, not strong.", Intent.Mild, Intent.Mild)]
    [InlineData("is like cutting", Intent.Unknown, Intent.Unknown)]
    [InlineData("is that bad", Intent.Sharp, Intent.Question)]
    public void A_question_about_the_kinds_at_the_pain_kind_prompt_asks_and_answers_nothing(string utterance, Intent ruled, Intent expected) =>
        Assert.Equal(expected, fixture.Composite.Pain.Escalate(PromptContext.PainKind, new Answer(ruled), utterance).Intent);

    // A red flag asked about is a question to the detector; the pipeline still hears it as sharp, and the engine stops
    // for any red flag named at the pain-kind prompt.
    [Fact]
    public void A_red_flag_asked_about_at_the_pain_kind_prompt_is_still_sharp_through_the_pipeline() =>
        Assert.Equal(Intent.Sharp, fixture.Composite.Recognize(PromptContext.PainKind, "is it normal to feel numb").Intent);

    [Theory]
    [InlineData("about a seven out of ten", Intent.Sharp)]
    [InlineData("two out of ten", Intent.Mild)]
    public void A_score_out_of_ten_at_the_pain_kind_prompt_names_the_kind(string utterance, Intent kind)
    {
        Assert.Equal(kind, fixture.Composite.Pain.Escalate(PromptContext.PainKind, new Answer(Intent.Unknown), utterance).Intent);
    }

    [Theory]
    [InlineData("it's not mild, I can tell you that")]
    [InlineData("definitely not a discomfort")]
    [InlineData("more than mild")]
    [InlineData("pretty bad actually")]
    public void More_than_mild_at_the_pain_kind_prompt_is_sharp_even_when_a_mild_word_is_said(string utterance)
    {
        Assert.Equal(Intent.Sharp, fixture.Composite.Recognize(PromptContext.PainKind, utterance).Intent);
    }

    [Theory]
    [InlineData("not bad, just a bit achy")]
    [InlineData("no, just a little")]
    public void A_mild_answer_with_a_negator_in_it_stays_mild(string utterance)
    {
        Assert.Equal(Intent.Mild, fixture.Composite.Recognize(PromptContext.PainKind, utterance).Intent);
    }

    [Fact]
    public void A_score_never_lowers_the_kind_the_rules_gave()
    {
        Assert.Equal(Intent.Sharp, fixture.Composite.Pain.Escalate(PromptContext.PainKind, new Answer(Intent.Sharp), "two out of ten").Intent);
    }

    [Fact]
    public void Without_safety_words_the_rules_answer_stands()
    {
        var ruled = new Answer(Intent.Ready);
        Assert.Equal(ruled, PainDetector.None.Escalate(PromptContext.Ready, ruled, "my foot is numb"));
    }

    [Theory]
    [InlineData("that was a pain to set up", "that was set up")]
    [InlineData("getting the kids to bed was a pain in the neck tonight", "")]
    [InlineData("my knee hurt last year but it's fine now, go", "but it is fine now, go")]
    [InlineData("my husband has sciatica not me", "")]
    [InlineData("I'm ready. The dog was whining at the door", "i am ready")]
    public void Pain_words_in_an_idiom_a_time_that_is_over_or_someone_elses_clause_are_framed_out(string utterance, string rest)
    {
        Assert.Equal(rest, fixture.Composite.Pain.WithoutFrames(PromptContext.Ready, utterance)?.Rest);
    }

    [Theory]
    [InlineData("my knee has hurt since last year")]
    [InlineData("it hurts")]
    [InlineData("my wife says my knee looks swollen")]
    [InlineData("my legs, they hurt")]
    public void A_report_that_goes_on_now_or_names_the_listener_has_no_frame(string utterance)
    {
        Assert.Null(fixture.Composite.Pain.WithoutFrames(PromptContext.Ready, utterance));
    }

    [Theory]
    [InlineData("ready, the heating bill is killing me", "ready")]
    [InlineData("ugh the printer is a pain today", "")]
    [InlineData("the kitchen radio was painful, anyway go on", "anyway go on")]
    public void A_clause_whose_subject_is_a_thing_is_framed_out(string utterance, string rest)
    {
        Assert.Equal(rest, fixture.Composite.Pain.WithoutThings(PromptContext.Ready, utterance)?.Rest);
    }

    [Theory]
    // The practice, the body, a word of feeling, or a body part later in the clause: the listener's, never only a thing.
    [InlineData("the floor is killing me")]
    [InlineData("this position is painful")]
    [InlineData("the chair is killing my back")]
    [InlineData("the ache is back")]
    [InlineData("my knee is sore")]
    [InlineData("this is killing me")]
    [InlineData("it hurts")]
    public void A_clause_about_the_listener_the_practice_or_a_feeling_is_no_thing(string utterance)
    {
        Assert.Null(fixture.Composite.Pain.WithoutThings(PromptContext.Ready, utterance));
    }

    // Lines in no corpus file. The classifier backs the frame: a name the lists do not know may be a part of the body.
    [Theory]
    [InlineData("the heating bill is killing me", Intent.Unknown)]
    [InlineData("my hammy is burning", Intent.Pain)]
    public void Pain_said_of_a_thing_is_no_report_unless_the_classifier_hears_pain(string utterance, Intent expected)
    {
        Assert.Equal(expected, fixture.Composite.Recognize(PromptContext.Ready, utterance).Intent);
    }

    [Theory]
    // Whatever the classifier hears: after "my" a name no list holds may be a part of the body.
    [InlineData("my piriformis is on fire")]
    [InlineData("my piriformis is killing me")]
    [InlineData("my deadline is killing me, anyway go on")]
    public void A_thing_of_the_listeners_own_is_asked_about_never_dropped(string utterance)
    {
        Assert.True(fixture.Composite.Pain.WithoutThings(PromptContext.Ready, utterance)?.Ask);
        Assert.Contains(fixture.Composite.Recognize(PromptContext.Ready, utterance).Intent, new[] { Intent.Pain, Intent.MaybePain });
    }

    [Fact]
    public void At_the_pain_kind_prompt_nothing_is_framed_out()
    {
        Assert.Null(fixture.Composite.Pain.WithoutFrames(PromptContext.PainKind, "it was a pain in the neck"));
    }

    [Theory]
    [InlineData(PromptContext.Ready, "that was a pain to set up")]
    [InlineData(PromptContext.Ready, "my knee hurt last year but it's fine now")]
    [InlineData(PromptContext.Ready, "i had a painful day at work")]
    public void Pain_said_only_in_a_frame_is_not_pain(PromptContext context, string utterance)
    {
        Assert.False(CompositeRecognizer.IsPainFamily(fixture.Composite.Recognize(context, utterance).Intent));
    }

    [Theory]
    [InlineData(PromptContext.Ready, "my knee hurt last year and it still hurts")]
    [InlineData(PromptContext.Ready, "that was a pain to set up and now my knee hurts")]
    [InlineData(PromptContext.YesNo, "my husband has sciatica and my back hurts")]
    [InlineData(PromptContext.Ready, "I have a pain in my neck")]
    [InlineData(PromptContext.Ready, "last year my foot went numb and it is numb now")]
    public void A_pain_said_beside_a_frame_still_counts(PromptContext context, string utterance)
    {
        Assert.True(CompositeRecognizer.IsPainFamily(fixture.Composite.Recognize(context, utterance).Intent));
    }

    [Theory]
    [InlineData("not sharp", Intent.Mild)]
    [InlineData("sharp? no, mild", Intent.Mild)]
    [InlineData("small pain", Intent.Mild)]
    [InlineData("hurts like hell", Intent.Sharp)]
    [InlineData("somewhere in between", Intent.Pain)]
    [InlineData("hard to say", Intent.Pain)]
    // A score said like a simile is a measure, not a picture.
    [InlineData("like a two out of ten", Intent.Mild)]
    [InlineData("like a 2/10 maybe", Intent.Mild)]
    [InlineData("like an eight out of ten", Intent.Sharp)]
    [InlineData("like a knife", Intent.Sharp)]
    public void The_pain_kind_reader_names_the_kind_at_the_pain_kind_prompt(string utterance, Intent kind)
    {
        Assert.Equal(kind, fixture.Composite.Recognize(PromptContext.PainKind, utterance).Intent);
    }

    [Fact]
    public void A_help_request_at_the_pain_kind_prompt_is_not_taken_for_an_unclear_kind()
    {
        Assert.Equal(Intent.Help, fixture.Composite.Recognize(PromptContext.PainKind, "i don't know which one to pick, help").Intent);
    }
}
