using SeatedRelease.Practice.Recognition;

namespace SeatedRelease.Tests.Recognition;

/// <summary>
/// These rules: an injury told as an event, slight at the pain-kind prompt, words dictation hears apart, a long
/// one-word answer with a letter dropped or doubled, a swap in a five-letter word inside a phrase, going on asked after a
/// report, pace said as time between steps, leaving said as a courtesy or slang, and what one may say.
/// </summary>
public sealed class InjuriesDictationAndCourtesiesTests(RecognizerFixture fixture) : IClassFixture<RecognizerFixture>
{
    private string Label(PromptContext context, string utterance) => fixture.Recognizer.Recognize(context, utterance).Label;

    [Theory]
    [InlineData(PromptContext.Ready, "i think ive pulled somthing")]
    [InlineData(PromptContext.YesNo, "i think i pulled somethin")]
    [InlineData(PromptContext.Surface, "something went in my knee")]
    [InlineData(PromptContext.PainKind, "i felt something pop")]
    [InlineData(PromptContext.Ready, "i think i ricked my neck")]
    [InlineData(PromptContext.Ready, "i twisted my knee just now")]
    public void An_injury_told_as_an_event_is_pain_in_every_context(PromptContext context, string utterance)
    {
        Assert.Equal("pain", Label(context, utterance));
    }

    [Theory]
    [InlineData("i pulled the cushion closer")]
    [InlineData("something came up, hold on")]
    public void Pulling_or_something_happening_that_is_not_the_body_is_no_pain(string utterance)
    {
        Assert.DoesNotContain("pain", Label(PromptContext.Ready, utterance));
    }

    [Theory]
    [InlineData("slite")]
    [InlineData("sligt")]
    [InlineData("only slightly")]
    public void Slight_misspelt_at_the_pain_kind_prompt_is_mild(string utterance)
    {
        Assert.Equal("mild", Label(PromptContext.PainKind, utterance));
    }

    [Theory]
    [InlineData(PromptContext.Ready, "say that a gain", "repeat")]
    [InlineData(PromptContext.Ready, "slow dawn please", "slower")]
    [InlineData(PromptContext.Ready, "hold own a second", "pause")]
    [InlineData(PromptContext.Surface, "it's hard would floor", "hardwood")]
    [InlineData(PromptContext.Ready, "wat can i say", "help")]
    [InlineData(PromptContext.Ready, "wat's next", "ready")] // "what's next" alone moves on
    [InlineData(PromptContext.YesNo, "know", "no")]
    [InlineData(PromptContext.YesNo, "yass", "yes")]
    [InlineData(PromptContext.YesNo, "yus", "yes")]
    public void Words_heard_apart_or_respelt_stand_for_the_word(PromptContext context, string utterance, string expected)
    {
        Assert.Equal(expected, Label(context, utterance));
    }

    [Theory]
    [InlineData("i don't know")]
    [InlineData("you know what, yes")]
    public void Know_inside_a_sentence_is_not_no(string utterance)
    {
        Assert.NotEqual("no", Label(PromptContext.YesNo, utterance));
    }

    [Theory]
    [InlineData(PromptContext.Ready, "contnue", "ready")]
    [InlineData(PromptContext.Ready, "continu", "ready")]
    [InlineData(PromptContext.Ready, "continnue", "ready")]
    [InlineData(PromptContext.YesNo, "absolutly", "yes")]
    public void A_long_one_word_answer_with_a_letter_dropped_or_doubled_is_the_answer(PromptContext context, string utterance, string expected)
    {
        Assert.Equal(expected, Label(context, utterance));
    }

    [Theory]
    [InlineData("continued")]
    [InlineData("contained")]
    [InlineData("lets contnue with my knee")]
    public void A_real_word_or_a_slip_inside_a_sentence_never_reaches_ready(string utterance)
    {
        Assert.NotEqual("ready", Label(PromptContext.Ready, utterance));
    }

    [Theory]
    [InlineData("otehr leg pls")]
    [InlineData("othre leg please")]
    public void A_swapped_five_letter_word_inside_a_phrase_is_the_word(string utterance)
    {
        Assert.Equal("enough", Label(PromptContext.Ready, utterance));
    }

    [Theory]
    [InlineData("heel's in, what's next?", "ready")]
    [InlineData("heel is in, what now", "ready")]
    [InlineData("i'm in position, what now?", "ready")]
    [InlineData("what's next", "ready")] // alone it asks for the next cue
    [InlineData("okay, what's next", "ready")] // after a word of assent too
    [InlineData("how far along am i", "progress")]
    public void A_step_reported_in_place_then_asking_for_the_next_moves_on(string utterance, string expected)
    {
        Assert.Equal(expected, Label(PromptContext.Ready, utterance));
    }

    [Theory]
    [InlineData("can you leave longer gaps between the steps", "slower")]
    [InlineData("longer pauses please", "slower")]
    [InlineData("leave more space between the instructions", "slower")]
    [InlineData("go more quick", "faster")]
    [InlineData("quicker please, i understand already", "faster")]
    [InlineData("can we pause", "pause")]
    public void Pace_said_as_time_between_steps_or_more_quick_changes_the_pace(string utterance, string expected)
    {
        Assert.Equal(expected, Label(PromptContext.Ready, utterance));
    }

    [Theory]
    [InlineData("i think that's all i can manage today, thank you", "stop")]
    [InlineData("that's all for me today, thanks", "stop")]
    [InlineData("nah i'm out", "stop")]
    [InlineData("i'm out of here", "stop")]
    [InlineData("that's enough for this leg", "enough")]
    [InlineData("that's all i can manage on this side", "enough")]
    [InlineData("i'm out of breath", "unknown")]
    public void Leaving_said_as_a_courtesy_or_slang_stops_and_the_leg_alone_is_enough(string utterance, string expected)
    {
        Assert.Equal(expected, Label(PromptContext.Ready, utterance));
    }

    [Theory]
    [InlineData(PromptContext.Ready, "what am i allowed to say to you?")]
    [InlineData(PromptContext.YesNo, "what am i allowed to say")]
    [InlineData(PromptContext.Surface, "what can i even say here")]
    public void Asking_what_one_may_say_is_help(PromptContext context, string utterance)
    {
        Assert.Equal("help", Label(context, utterance));
    }

    [Theory]
    [InlineData("i am finish with right leg, we go to the left now", "enough")]
    [InlineData("i am finish", "stop")]
    [InlineData("i am finish for today", "stop")]
    public void Finish_with_the_leg_after_it_ends_the_leg(string utterance, string expected)
    {
        Assert.Equal(expected, Label(PromptContext.Ready, utterance));
    }

    [Fact]
    public void How_far_the_heel_goes_asked_in_body_words_is_a_question_about_distance()
    {
        var result = fixture.Recognizer.Recognize(PromptContext.Ready, "does my heel have to touch my bum, or is halfway fine?");
        Assert.Equal("question", result.Label);
        Assert.Equal("distance", result.Topic);
        Assert.Equal("pain", Label(PromptContext.Ready, "my heel hurts when it touches my bum"));
    }
}
