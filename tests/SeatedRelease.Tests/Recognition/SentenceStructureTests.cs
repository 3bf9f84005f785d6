using SeatedRelease.Practice.Recognition;

namespace SeatedRelease.Tests.Recognition;

/// <summary>
/// The rules that read a sentence rather than a phrase: negated choices, command words inside sentences, explicit
/// answers beside a negated pain word, questions about conditions, back-channels, split and merged words.
/// </summary>
public sealed class SentenceStructureTests(RecognizerFixture fixture) : IClassFixture<RecognizerFixture>
{
    private string Label(PromptContext context, string utterance) => fixture.Recognizer.Recognize(context, utterance).Label;

    [Theory]
    [InlineData("not the rug, it's a yoga mat", "mat")]
    [InlineData("it's not a mat, we have carpet", "carpet")]
    [InlineData("no mat, just wooden boards", "hardwood")]
    [InlineData("I don't have a mat so I'm on the rug", "carpet")]
    [InlineData("not on the carpet, on tiles", "hardwood")]
    [InlineData("carpet, not the mat", "carpet")]
    [InlineData("the mat is away, I'm on the floor", "hardwood")]
    public void A_negated_choice_does_not_count_and_the_choice_said_plainly_wins(string utterance, string expected)
    {
        Assert.Equal(expected, Label(PromptContext.Surface, utterance));
    }

    [Theory]
    [InlineData("not the carpet")]
    [InlineData("no rug")]
    public void A_negated_choice_alone_answers_nothing(string utterance)
    {
        Assert.Equal("unknown", Label(PromptContext.Surface, utterance));
    }

    [Fact]
    public void A_no_with_its_comma_lost_before_an_article_is_not_a_negation()
    {
        // "no the carpet" is how speech-to-text writes "no, the carpet": only "not"/"never" reach across "the".
        Assert.Equal("carpet", Label(PromptContext.Surface, "no the carpet"));
    }

    [Fact]
    public void A_negated_choice_never_hides_pain()
    {
        Assert.Equal("pain", Label(PromptContext.Surface, "not the rug, my hamstring hurts"));
    }

    [Theory]
    [InlineData(PromptContext.YesNo, "the baby won't stop crying")]
    [InlineData(PromptContext.Ready, "the rain will not stop")]
    [InlineData(PromptContext.Ready, "I don't want to stop")]
    [InlineData(PromptContext.Ready, "I'm not going to stop")]
    public void A_command_word_negated_in_its_sentence_is_not_the_command(PromptContext context, string utterance)
    {
        Assert.Equal("unknown", Label(context, utterance));
    }

    [Theory]
    [InlineData("I'm sitting at the end of the carpet", "carpet")]
    [InlineData("near the end of my mat", "mat")]
    public void A_command_word_after_a_determiner_is_a_noun(string utterance, string expected)
    {
        Assert.Equal(expected, Label(PromptContext.Surface, utterance));
    }

    [Theory]
    [InlineData("stop rushing me", "slower")]
    [InlineData("quit going so fast", "slower")]
    [InlineData("stop moving", "stop")]
    [InlineData("stop everything", "stop")]
    public void A_command_followed_by_another_activity_yields_to_what_else_is_asked(string utterance, string expected)
    {
        Assert.Equal(expected, Label(PromptContext.Ready, utterance));
    }

    [Theory]
    [InlineData(PromptContext.Ready, "stop")]
    [InlineData(PromptContext.Ready, "I want to stop")]
    [InlineData(PromptContext.Ready, "let's stop here")]
    [InlineData(PromptContext.YesNo, "end the session")]
    [InlineData(PromptContext.Ready, "I'm done for today")]
    [InlineData(PromptContext.Ready, "wait no stop")]
    [InlineData(PromptContext.Surface, "quit")]
    [InlineData(PromptContext.Surface, "never mind, I'm stopping now")]
    [InlineData(PromptContext.Ready, "I can't do this anymore")]
    [InlineData(PromptContext.YesNo, "I don't want to carry on")]
    public void A_command_said_as_one_still_stops(PromptContext context, string utterance)
    {
        Assert.Equal("stop", Label(context, utterance));
    }

    [Theory]
    [InlineData("my calf won't stop twitching", "maybe-pain")]
    [InlineData("it won't stop aching", "pain")]
    [InlineData("stop, it hurts", "pain")]
    [InlineData("stop talking, my knee is sore", "pain")]
    public void Pain_outranks_every_reading_of_a_command_word(string utterance, string expected)
    {
        Assert.Equal(expected, Label(PromptContext.Ready, utterance));
    }

    [Theory]
    [InlineData("yes, but there's no pain these days")]
    [InlineData("yeah, it doesn't hurt right now")]
    [InlineData("I do, it isn't sore at the moment")]
    public void An_explicit_yes_wins_over_a_negated_pain_word(string utterance)
    {
        Assert.Equal("yes", Label(PromptContext.YesNo, utterance));
    }

    [Theory]
    [InlineData("it doesn't hurt")]
    [InlineData("nothing hurts")]
    [InlineData("no, no pain")]
    public void A_negated_pain_word_without_an_explicit_answer_still_means_no(string utterance)
    {
        Assert.Equal("no", Label(PromptContext.YesNo, utterance));
    }

    [Theory]
    [InlineData("yes, and it hurts", "pain")]
    [InlineData("yes, though it doesn't hurt much", "maybe-pain")]
    [InlineData("no, it hurts", "pain")]
    public void An_explicit_answer_never_hides_pain(string utterance, string expected)
    {
        Assert.Equal(expected, Label(PromptContext.YesNo, utterance));
    }

    [Theory]
    [InlineData("does this help with neck pain")]
    [InlineData("is it good for sore hamstrings")]
    [InlineData("will the exercise help with stiffness and back ache")]
    [InlineData("can it be useful for sciatic pain")]
    public void A_question_about_what_the_practice_helps_names_a_condition_and_is_not_a_pain_report(string utterance)
    {
        var result = fixture.Recognizer.Recognize(PromptContext.Ready, utterance);
        Assert.Equal(Intent.Question, result.Intent);
        Assert.Equal("benefits", result.Topic);
    }

    [Theory]
    [InlineData("does this help with my knee pain")]
    [InlineData("is it good for the ache I have now")]
    [InlineData("will this help with back pain because mine is killing me")]
    [InlineData("is it normal for my hamstring to ache")]
    public void A_question_that_speaks_of_the_listeners_own_feeling_still_asks_about_pain(string utterance)
    {
        Assert.Contains(Label(PromptContext.Ready, utterance), new[] { "pain", "maybe-pain" });
    }

    [Fact]
    public void A_condition_question_beside_a_pain_report_is_pain()
    {
        Assert.Equal("pain", Label(PromptContext.Ready, "does this help with sciatica? ow, my back"));
    }

    [Theory]
    [InlineData(PromptContext.Ready, "uh huh", "ready")]
    [InlineData(PromptContext.YesNo, "mm hmm", "yes")]
    [InlineData(PromptContext.Ready, "uh huh, um", "unknown")]
    [InlineData(PromptContext.YesNo, "erm, mm hmm", "unknown")]
    [InlineData(PromptContext.Ready, "hmm", "unknown")]
    [InlineData(PromptContext.YesNo, "hmm, yes", "yes")]
    [InlineData(PromptContext.Ready, "um, ready", "ready")]
    public void Back_channels_answer_alone_but_not_beside_a_hesitation(PromptContext context, string utterance, string expected)
    {
        Assert.Equal(expected, Label(context, utterance));
    }

    [Theory]
    [InlineData("car peted", "carpet")]
    [InlineData("hard wood", "hardwood")]
    [InlineData("lamin ate floor", "hardwood")]
    [InlineData("yogamat", "mat")]
    [InlineData("matts", "mat")]
    [InlineData("a rugg", "carpet")]
    public void Split_merged_and_doubled_answer_words_are_repaired(string utterance, string expected)
    {
        Assert.Equal(expected, Label(PromptContext.Surface, utterance));
    }

    [Theory]
    [InlineData("un comfortable")]
    [InlineData("my backache")]
    public void Repairs_find_pain_said_in_pieces(string utterance)
    {
        Assert.Equal("pain", Label(PromptContext.Ready, utterance));
    }

    [Theory]
    [InlineData(PromptContext.Surface, "format")]
    [InlineData(PromptContext.PainKind, "booth")]
    [InlineData(PromptContext.Ready, "allow me")]
    [InlineData(PromptContext.Ready, "it's painless")]
    [InlineData(PromptContext.Ready, "so re peat")]
    public void Repairs_never_take_a_real_word_apart_or_join_a_filler(PromptContext context, string utterance)
    {
        Assert.DoesNotContain(Label(context, utterance), new[] { "pain", "maybe-pain", "mat", "sharp" });
    }

    [Theory]
    [InlineData("could you hurry this up", "faster")]
    [InlineData("slow things down", "slower")]
    public void A_pace_phrase_may_hold_an_object_word(string utterance, string expected)
    {
        Assert.Equal(expected, Label(PromptContext.Ready, utterance));
    }

    [Fact]
    public void A_ready_phrase_never_takes_an_object_word()
    {
        // "back up" is ready; "back it up" must not move the practice on.
        Assert.NotEqual("ready", Label(PromptContext.Ready, "back it up"));
    }

    [Theory]
    [InlineData("I don't want to go ahead")]
    [InlineData("I won't be ready for a bit")]
    public void A_ready_word_negated_across_want_or_be_is_not_ready(string utterance)
    {
        Assert.NotEqual("ready", Label(PromptContext.Ready, utterance));
    }

    [Theory]
    [InlineData("I don't", "no")]
    [InlineData("no, I don't", "no")]
    [InlineData("I do", "yes")]
    [InlineData("I don't know", "unknown")]
    [InlineData("I don't want to continue", "stop")]
    public void A_short_answer_counts_only_when_it_ends_its_clause(string utterance, string expected)
    {
        Assert.Equal(expected, Label(PromptContext.YesNo, utterance));
    }
}
