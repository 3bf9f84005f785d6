using SeatedRelease.Practice.Recognition;

namespace SeatedRelease.Tests.Recognition;

/// <summary>
/// These rules: slips in "which" and "have", swapping to a leg named with "my", arthritis at the safety question,
/// a repetition reported finished, how the movement went before "what's next", words heard apart ("go a head", "slow
/// her"), "more fast", "one minute", "sorry, what?" with its comma at every prompt, and "again" as a request to hear
/// something only alone or after a verb of saying.
/// </summary>
public sealed class RepsSlipsAndAskingAgainTests(RecognizerFixture fixture) : IClassFixture<RecognizerFixture>
{
    private string Label(PromptContext context, string utterance) => fixture.Recognizer.Recognize(context, utterance).Label;

    [Theory]
    [InlineData("again", "repeat")]
    [InlineData("again please", "repeat")]
    [InlineData("sorry again", "repeat")]
    [InlineData("say that again", "repeat")]
    [InlineData("can you ask me that again", "repeat")]
    [InlineData("read me the instructions again", "repeat")]
    [InlineData("I'm settled again, carry on", "ready")]
    [InlineData("let's go again", "ready")]
    [InlineData("my foot is on the floor again, next one", "ready")]
    [InlineData("right then here we go again", "unknown")]
    public void Again_asks_to_hear_something_only_alone_or_after_a_verb_of_saying(string utterance, string expected)
    {
        Assert.Equal(expected, Label(PromptContext.Ready, utterance));
    }

    [Theory]
    [InlineData("whcih leg is this", "progress")]
    [InlineData("wich leg am I on", "progress")]
    [InlineData("whihc side now", "progress")]
    [InlineData("whch leg are we on", "progress")]
    [InlineData("which leg hurts more", "pain")]
    [InlineData("whcih leg hurts more", "pain")]
    public void A_slip_in_which_still_asks_where_the_practice_is(string utterance, string expected)
    {
        Assert.Equal(expected, Label(PromptContext.Ready, utterance));
    }

    [Theory]
    [InlineData("swap to my right leg", "enough")]
    [InlineData("switch to the left leg now", "enough")]
    [InlineData("switch to my right leg", "enough")]
    [InlineData("swap, my right leg hurts", "pain")]
    [InlineData("my right leg", "maybe-pain")]
    public void Swapping_to_a_leg_named_with_my_ends_the_leg(string utterance, string expected)
    {
        Assert.Equal(expected, Label(PromptContext.Ready, utterance));
    }

    [Theory]
    [InlineData("i hve arthritis in my hips", "yes")]
    [InlineData("ive got arthritus in my knee", "yes")]
    [InlineData("I have arthritis in my hips", "yes")]
    [InlineData("I have arthritis and it hurts now", "pain")]
    [InlineData("i hve arthritis and my hip is sore today", "pain")]
    public void Arthritis_named_at_the_safety_question_is_yes_unless_it_hurts_now(string utterance, string expected)
    {
        Assert.Equal(expected, Label(PromptContext.YesNo, utterance));
    }

    [Theory]
    [InlineData("finished that rep", "ready")]
    [InlineData("that rep's finished", "ready")]
    [InlineData("done that one", "ready")]
    [InlineData("that one's finished", "ready")]
    [InlineData("finished", "stop")]
    [InlineData("I'm finished", "stop")]
    [InlineData("I'm finished for today", "stop")]
    [InlineData("finished that rep, my knee hurts", "pain")]
    public void A_repetition_reported_finished_goes_on_while_finished_alone_still_stops(string utterance, string expected)
    {
        Assert.Equal(expected, Label(PromptContext.Ready, utterance));
    }

    [Theory]
    [InlineData("that felt fine, what's next", "ready")]
    [InlineData("good, that was easy, what's next", "ready")]
    [InlineData("no problem, what's next", "ready")]
    [InlineData("that was easy, what now", "ready")]
    [InlineData("what's next", "ready")] // alone it asks for the next cue
    [InlineData("okay, what's next", "ready")] // after a word of assent too
    [InlineData("that felt sore, what's next", "pain")]
    public void How_the_movement_went_then_whats_next_is_ready(string utterance, string expected)
    {
        Assert.Equal(expected, Label(PromptContext.Ready, utterance));
    }

    [Theory]
    [InlineData("go a head", "ready")]
    [InlineData("a bit slow her please", "slower")]
    [InlineData("slow her down", "slower")]
    [InlineData("can you go more fast", "faster")]
    [InlineData("more slow", "slower")]
    [InlineData("one minute, someone's at the door", "pause")]
    [InlineData("one moment, the phone", "pause")]
    [InlineData("slow her down, my hip is sore", "pain")]
    [InlineData("one minute, my knee is killing me", "pain")]
    public void Words_heard_apart_and_more_with_a_plain_word_are_understood(string utterance, string expected)
    {
        Assert.Equal(expected, Label(PromptContext.Ready, utterance));
    }

    [Theory]
    [InlineData(PromptContext.Ready)]
    [InlineData(PromptContext.Surface)]
    [InlineData(PromptContext.YesNo)]
    [InlineData(PromptContext.PainKind)]
    public void Sorry_what_with_a_comma_asks_again_at_every_prompt(PromptContext context)
    {
        Assert.Equal("repeat", Label(context, "sorry, what?"));
    }

    [Theory]
    [InlineData(PromptContext.Ready, "sorry, what a day", "unknown")]
    [InlineData(PromptContext.Ready, "sorry, what leg is this", "progress")]
    [InlineData(PromptContext.Surface, "sorry, carpet", "carpet")]
    [InlineData(PromptContext.Surface, "sorry, what? my knee hurts", "pain")]
    public void A_comma_joins_only_a_short_answer_said_whole(PromptContext context, string utterance, string expected)
    {
        Assert.Equal(expected, Label(context, utterance));
    }
}
