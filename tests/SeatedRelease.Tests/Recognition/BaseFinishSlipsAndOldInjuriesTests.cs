using SeatedRelease.Practice.Recognition;

namespace SeatedRelease.Tests.Recognition;

/// <summary>
/// These rules: "finish" in its base form as a finished step or leg; slips of short words heard only inside the
/// phrases that ask; being on one's break; what one may tell or ask; an old injury at the safety question.
/// </summary>
public sealed class BaseFinishSlipsAndOldInjuriesTests(RecognizerFixture fixture) : IClassFixture<RecognizerFixture>
{
    private string Label(PromptContext context, string utterance) => fixture.Recognizer.Recognize(context, utterance).Label;

    [Theory]
    [InlineData("ok I finish, next", "ready")]
    [InlineData("I finish already, next one", "ready")]
    [InlineData("this leg is finish, now the other", "enough")]
    [InlineData("finish this side, other side now", "enough")]
    [InlineData("I finish for today", "stop")]
    [InlineData("finish", "stop")]
    [InlineData("I finish, next time maybe", "stop")]
    [InlineData("this leg is finish but my knee hurts", "pain")]
    public void A_base_form_finish_then_the_next_moves_on_and_alone_still_stops(string utterance, string expected)
    {
        Assert.Equal(expected, Label(PromptContext.Ready, utterance));
    }

    [Theory]
    [InlineData(PromptContext.Ready, "slow dowm please", "slower")]
    [InlineData(PromptContext.Ready, "switch lefs", "enough")]
    [InlineData(PromptContext.Ready, "change lefs", "enough")]
    [InlineData(PromptContext.Ready, "nest one", "ready")]
    [InlineData(PromptContext.Ready, "nest please", "ready")]
    [InlineData(PromptContext.Ready, "what does this hep with", "question")]
    [InlineData(PromptContext.Ready, "hep", "help")]
    [InlineData(PromptContext.Surface, "laminent", "hardwood")]
    [InlineData(PromptContext.Surface, "laminet", "hardwood")]
    [InlineData(PromptContext.YesNo, "I have siatica in my left leg", "yes")]
    [InlineData(PromptContext.YesNo, "sciatia", "yes")]
    public void A_slip_of_a_short_word_is_heard_inside_the_phrase_that_asks(PromptContext context, string utterance, string expected)
    {
        Assert.Equal(expected, Label(context, utterance));
    }

    [Theory]
    [InlineData(PromptContext.Ready, "nest", "unknown")] // a nest is a word: only the phrases hear it as next
    [InlineData(PromptContext.Ready, "a bird's nest", "unknown")]
    [InlineData(PromptContext.YesNo, "my siatica is hurting now", "pain")]
    public void A_slip_said_alone_or_beside_pain_keeps_its_reading(PromptContext context, string utterance, string expected)
    {
        Assert.Equal(expected, Label(context, utterance));
    }

    [Theory]
    [InlineData("a bit quicker, I'm on my break", "faster")]
    [InlineData("hurry, I'm on a break", "faster")]
    [InlineData("slower please, I'm on my break", "slower")]
    [InlineData("give me a break", "pause")]
    [InlineData("take a break", "pause")]
    [InlineData("I need a break", "pause")]
    public void Being_on_a_break_is_no_request_to_pause(string utterance, string expected)
    {
        Assert.Equal(expected, Label(PromptContext.Ready, utterance));
    }

    [Theory]
    [InlineData("what can I tell you to do", "help")]
    [InlineData("what can I ask you to do", "help")]
    [InlineData("sound, go 'head", "ready")]
    [InlineData("go 'head", "ready")]
    [InlineData("sound, carry on", "ready")]
    public void Asking_what_one_may_tell_is_help_and_go_head_goes_ahead(string utterance, string expected)
    {
        Assert.Equal(expected, Label(PromptContext.Ready, utterance));
    }

    [Theory]
    [InlineData("I've got a dodgy knee from an old rugby injury", "yes")]
    [InlineData("old football injury in my ankle", "yes")]
    [InlineData("old injury and it hurts now", "pain")]
    [InlineData("my old injury is hurting", "pain")]
    [InlineData("injury", "pain")]
    public void An_old_injury_at_the_safety_question_is_a_condition_unless_it_hurts_now(string utterance, string expected)
    {
        Assert.Equal(expected, Label(PromptContext.YesNo, utterance));
    }
}
