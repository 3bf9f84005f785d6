using SeatedRelease.Practice.Recognition;

namespace SeatedRelease.Tests.Recognition;

/// <summary>
/// These rules: at the safety question a condition named in everyday words ("a dodgy lower back") or split by
/// dictation ("hip replace meant", "arthur itis", "sigh attica") is yes, and pain said now still wins; slips of carry on,
/// where are we and hold on, and a breather as a pause.
/// </summary>
public sealed class EverydayConditionsAndGoAheadSlipsTests(RecognizerFixture fixture) : IClassFixture<RecognizerFixture>
{
    private string Label(PromptContext context, string utterance) => fixture.Recognizer.Recognize(context, utterance).Label;

    [Theory]
    [InlineData("I've got a dodgy lower back")]
    [InlineData("a bad knee")]
    [InlineData("a weak ankle")]
    [InlineData("a dicky hip")]
    [InlineData("gammy leg")]
    [InlineData("crook back")]
    [InlineData("my back's a bit dodgy")]
    [InlineData("my left knee is a bit weak")]
    public void A_condition_in_everyday_words_is_yes_at_the_safety_question(string utterance)
    {
        Assert.Equal("yes", Label(PromptContext.YesNo, utterance));
    }

    [Theory]
    [InlineData("I had a hip replace meant two years ago")]
    [InlineData("knee replace meant")]
    [InlineData("arthur itis in my knees")]
    [InlineData("sigh attica")]
    public void A_medical_word_split_by_dictation_is_the_condition(string utterance)
    {
        Assert.Equal("yes", Label(PromptContext.YesNo, utterance));
    }

    [Theory]
    [InlineData("a bad knee and it hurts today")]
    [InlineData("my bad knee hurts")]
    [InlineData("a bad back ache right now")]
    [InlineData("sigh attica and it hurts right now")]
    public void Pain_said_now_beside_the_condition_is_still_pain(string utterance)
    {
        Assert.Equal("pain", Label(PromptContext.YesNo, utterance));
    }

    [Fact]
    public void Pain_denied_now_keeps_the_condition()
    {
        Assert.Equal("yes", Label(PromptContext.YesNo, "I have a dodgy back but no pain"));
    }

    [Theory]
    [InlineData("my knee is not too bad", "maybe-pain")] // negated: no condition claimed
    [InlineData("the weather is bad for my knees", "maybe-pain")] // not said of the knee
    [InlineData("dodgy", "unknown")] // no body part
    public void A_condition_word_not_said_of_a_body_part_is_no_condition(string utterance, string expected)
    {
        Assert.Equal(expected, Label(PromptContext.YesNo, utterance));
    }

    [Theory]
    [InlineData("I've got a dodgy lower back")]
    [InlineData("a bad knee")]
    public void At_the_ready_prompt_a_condition_still_asks_whether_it_hurts(string utterance)
    {
        Assert.Equal("maybe-pain", Label(PromptContext.Ready, utterance));
    }

    [Theory]
    [InlineData("cary on", "ready")]
    [InlineData("carri on", "ready")]
    [InlineData("carry onn", "ready")]
    [InlineData("were are we up to", "progress")]
    [InlineData("were are we", "progress")]
    [InlineData("wear are we", "progress")]
    [InlineData("hold in, I need a breather", "pause")]
    [InlineData("hold in a sec", "pause")]
    [InlineData("I need a breather", "pause")]
    public void Slips_of_go_aheads_places_and_hold_on_are_understood(string utterance, string expected)
    {
        Assert.Equal(expected, Label(PromptContext.Ready, utterance));
    }

    [Theory]
    [InlineData("we were doing fine", "unknown")]
    [InlineData("hold it in", "pause")]
    [InlineData("hold in my tummy", "unknown")] // hold in with an object holds something
    [InlineData("I need to breathe", "unknown")]
    public void Near_misses_of_the_slips_keep_their_meaning(string utterance, string expected)
    {
        Assert.Equal(expected, Label(PromptContext.Ready, utterance));
    }
}
