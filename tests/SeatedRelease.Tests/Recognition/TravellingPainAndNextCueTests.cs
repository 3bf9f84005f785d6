using SeatedRelease.Practice.Recognition;

namespace SeatedRelease.Tests.Recognition;

/// <summary>
/// These rules: pain said to travel to a body part is spreading, "what's next" at the ready prompt asks for the
/// next cue, a finish then "next" moves on, "next" misspelt or dictated as "necks", an operation named with its joint at
/// the safety question, and a break named as the time someone has.
/// </summary>
public sealed class TravellingPainAndNextCueTests(RecognizerFixture fixture) : IClassFixture<RecognizerFixture>
{
    private string Label(PromptContext context, string utterance) => fixture.Recognizer.Recognize(context, utterance).Label;

    [Theory]
    [InlineData("it goes all the way down to my calf", "sharp")]
    [InlineData("it runs down into my foot", "sharp")]
    [InlineData("it travels down the back of my leg", "sharp")]
    [InlineData("goes right down to my ankle", "sharp")]
    [InlineData("it shoots down to the knee", "sharp")]
    [InlineData("it's going all the way down to my toes", "sharp")]
    [InlineData("it goes down my leg", "sharp")]
    [InlineData("it goes away when I stop", "stop")]
    [InlineData("it moved into my lower back, I can't tell what kind", "pain")]
    public void Pain_travelling_to_a_body_part_is_sharp_where_the_kind_is_asked(string utterance, string expected)
    {
        Assert.Equal(expected, Label(PromptContext.PainKind, utterance));
    }

    [Theory]
    [InlineData(PromptContext.Ready, "it goes all the way down to my calf", "pain")]
    [InlineData(PromptContext.Ready, "ready, but it goes right down to my ankle", "pain")]
    [InlineData(PromptContext.YesNo, "it runs down into my foot", "pain")]
    [InlineData(PromptContext.Surface, "it spreads into my hip", "pain")]
    [InlineData(PromptContext.Ready, "my heel goes down to the mat", "maybe-pain")]
    [InlineData(PromptContext.Ready, "I'm going to my other leg", "enough")]
    public void Pain_travelling_to_a_body_part_is_pain_at_other_prompts_but_the_listener_moving_is_not(
        PromptContext context, string utterance, string expected)
    {
        Assert.Equal(expected, Label(context, utterance));
    }

    [Theory]
    [InlineData("what's next", "ready")]
    [InlineData("what now", "ready")]
    [InlineData("alright, what's next", "ready")]
    [InlineData("sweet as, what's next", "ready")]
    [InlineData("good, what now", "ready")]
    [InlineData("are we nearly done, what's next", "progress")]
    [InlineData("how many left, what's next", "progress")]
    [InlineData("not done with that, what's next", "progress")]
    [InlineData("are we done, what's next", "progress")]
    [InlineData("I'm done for today, what's next", "stop")]
    [InlineData("what's next, is it the left leg", "progress")]
    [InlineData("say what now", "repeat")]
    public void Whats_next_at_the_ready_prompt_asks_for_the_next_cue(string utterance, string expected)
    {
        Assert.Equal(expected, Label(PromptContext.Ready, utterance));
    }

    [Theory]
    [InlineData("I am finished, next please", "ready")]
    [InlineData("I'm done, next", "ready")]
    [InlineData("finished, next one", "ready")]
    [InlineData("nxet", "ready")]
    [InlineData("enxt", "ready")]
    [InlineData("nexxt", "ready")]
    [InlineData("necks one please", "ready")]
    [InlineData("necks please", "ready")]
    [InlineData("I'm finished", "stop")]
    [InlineData("I'm finished for today", "stop")]
    [InlineData("I'm done, next time maybe", "stop")]
    [InlineData("my neck's stiff", "maybe-pain")]
    public void A_finish_then_next_moves_on_and_next_is_heard_through_slips(string utterance, string expected)
    {
        Assert.Equal(expected, Label(PromptContext.Ready, utterance));
    }

    [Theory]
    [InlineData("I had knee surgery last year", "yes")]
    [InlineData("had back surgery in 2019", "yes")]
    [InlineData("hip surgery a while ago", "yes")]
    [InlineData("I had a knee operation in March", "yes")]
    [InlineData("knee surgery and it still hurts", "pain")]
    [InlineData("I had knee surgery and it aches now", "pain")]
    public void An_operation_named_with_its_joint_is_yes_at_the_safety_question(string utterance, string expected)
    {
        Assert.Equal(expected, Label(PromptContext.YesNo, utterance));
    }

    [Theory]
    [InlineData("can you hurry it up, I've only got my lunch break", "faster")]
    [InlineData("hurry up a bit", "faster")]
    [InlineData("don't hurry me", "slower")]
    [InlineData("hurry, it hurts", "pain")]
    [InlineData("wait, I need a break", "pause")]
    public void A_break_named_as_the_time_someone_has_is_no_pause(string utterance, string expected)
    {
        Assert.Equal(expected, Label(PromptContext.Ready, utterance));
    }
}
