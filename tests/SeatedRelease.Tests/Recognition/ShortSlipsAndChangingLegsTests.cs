using SeatedRelease.Practice.Recognition;

namespace SeatedRelease.Tests.Recognition;

/// <summary>
/// These rules: a whole answer one slip from a short answer of the prompt; "change leg" moves on; dictation's
/// "slowed down" and "slow a bit"; asking what one may answer.
/// </summary>
public sealed class ShortSlipsAndChangingLegsTests(RecognizerFixture fixture) : IClassFixture<RecognizerFixture>
{
    private string Label(PromptContext context, string utterance) => fixture.Recognizer.Recognize(context, utterance).Label;

    [Theory]
    [InlineData(PromptContext.PainKind, "mld", "mild")]
    [InlineData(PromptContext.PainKind, "dul", "mild")]
    [InlineData(PromptContext.PainKind, "mils", "mild")]
    [InlineData(PromptContext.YesNo, "yelp", "yes")]
    [InlineData(PromptContext.YesNo, "yeo", "yes")]
    [InlineData(PromptContext.YesNo, "nop", "no")]
    [InlineData(PromptContext.YesNo, "npe", "no")]
    [InlineData(PromptContext.Ready, "stp", "stop")]
    [InlineData(PromptContext.Ready, "paus", "pause")]
    [InlineData(PromptContext.Surface, "mta", "mat")]
    public void A_whole_answer_one_slip_from_a_short_answer_of_the_prompt_is_that_answer(PromptContext context, string utterance, string expected)
    {
        Assert.Equal(expected, Label(context, utterance));
    }

    [Theory]
    [InlineData(PromptContext.Ready, "top", "unknown")] // a changed first letter is no slip of stop
    [InlineData(PromptContext.Ready, "fien", "unknown")] // a slip never reaches a go-ahead at the ready prompt
    [InlineData(PromptContext.Ready, "heer", "unknown")]
    [InlineData(PromptContext.Ready, "wow", "unknown")] // not "oww" swapped
    [InlineData(PromptContext.YesNo, "yeahh", "unknown")] // a doubled letter stays a slip
    [InlineData(PromptContext.YesNo, "mat", "unknown")] // a known word of another prompt stays what it is
    [InlineData(PromptContext.PainKind, "mat", "unknown")]
    [InlineData(PromptContext.YesNo, "no", "no")]
    [InlineData(PromptContext.Ready, "ready", "ready")]
    public void A_slip_that_reaches_a_go_ahead_or_changes_the_first_letter_is_not_read(PromptContext context, string utterance, string expected)
    {
        Assert.Equal(expected, Label(context, utterance));
    }

    [Theory]
    [InlineData("change leg", "enough")]
    [InlineData("change legs now", "enough")]
    [InlineData("change to the other leg", "enough")]
    [InlineData("let's change legs", "enough")]
    [InlineData("change leg, it hurts", "pain")]
    public void Change_with_a_leg_named_moves_on_unless_it_hurts(string utterance, string expected)
    {
        Assert.Equal(expected, Label(PromptContext.Ready, utterance));
    }

    [Theory]
    [InlineData("slow a bit can?", "slower")]
    [InlineData("slower can or not", "slower")]
    [InlineData("faster can?", "faster")]
    [InlineData("slowed down please", "slower")]
    [InlineData("slowed it down", "slower")]
    [InlineData("it slowed down my knee pain", "pain")]
    public void Pace_with_a_tag_or_dictations_past_tense_changes_the_pace(string utterance, string expected)
    {
        Assert.Equal(expected, Label(PromptContext.Ready, utterance));
    }

    [Theory]
    [InlineData("what can I answer?")]
    [InlineData("what should I answer")]
    [InlineData("what do I reply")]
    [InlineData("what am I allowed to answer")]
    public void Asking_what_one_may_answer_is_help(string utterance)
    {
        Assert.Equal("help", Label(PromptContext.Ready, utterance));
    }
}
