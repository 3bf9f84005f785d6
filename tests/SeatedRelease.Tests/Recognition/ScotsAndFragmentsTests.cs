using SeatedRelease.Practice.Recognition;

namespace SeatedRelease.Tests.Recognition;

/// <summary>
/// These rules: speech broken into fragments by "..." pauses, Scots words for the practice's small words, "eye"
/// heard for I, New Zealand "nah yeah" / "yeah nah", a replaced joint at the safety question, burning said of things in
/// the house, and a pain word taken back at once.
/// </summary>
public sealed class ScotsAndFragmentsTests(RecognizerFixture fixture) : IClassFixture<RecognizerFixture>
{
    private string Label(PromptContext context, string utterance) => fixture.Recognizer.Recognize(context, utterance).Label;

    [Theory]
    [InlineData("this leg... done... other one", "enough")]
    [InlineData("left... finished... now the right", "enough")]
    [InlineData("that's me done wi this leg, gonnae switch tae the other", "enough")]
    [InlineData("am done wi this yin", "enough")]
    [InlineData("right leg done, left now", "enough")]
    [InlineData("I'm done", "ready")]
    [InlineData("finished", "stop")]
    [InlineData("my leg is done in, it's sore", "pain")]
    [InlineData("the other leg hurts", "pain")]
    public void Ending_a_leg_in_fragments_or_in_Scots_is_enough_not_ready(string utterance, string expected)
    {
        Assert.Equal(expected, Label(PromptContext.Ready, utterance));
    }

    [Theory]
    [InlineData("whit's this daein for ma legs", "question")]
    [InlineData("is it the richt leg or the left we're on", "progress")]
    [InlineData("which... leg now", "progress")]
    [InlineData("how manny... left", "progress")]
    [InlineData("how far a long are we", "progress")]
    [InlineData("which leg hurts more", "pain")]
    public void Questions_in_Scots_or_fragments_are_not_a_possible_pain(string utterance, string expected)
    {
        Assert.Equal(expected, Label(PromptContext.Ready, utterance));
    }

    [Theory]
    [InlineData("on ye go then", "ready")]
    [InlineData("slow it doon a wee bit", "slower")]
    [InlineData("slow... er... please", "slower")]
    [InlineData("I'm chuckin it for the day", "stop")]
    [InlineData("chucking it down with rain", "unknown")]
    [InlineData("sec... catch my breath", "pause")]
    [InlineData("what do... I say", "help")]
    [InlineData("whit am ah meant tae say tae ye", "help")]
    [InlineData("say that agen for me", "repeat")]
    [InlineData("Eye am ready to continue", "ready")]
    [InlineData("my eye is sore", "pain")]
    public void Plain_requests_in_Scots_fragments_or_dictation_are_understood(string utterance, string expected)
    {
        Assert.Equal(expected, Label(PromptContext.Ready, utterance));
    }

    [Theory]
    [InlineData("nah yeah, keen as", "yes")]
    [InlineData("yeah nah", "no")]
    [InlineData("ah'm no botherin the day, switch it aff", "stop")]
    [InlineData("no", "no")]
    public void New_Zealand_and_Scots_answers_at_a_yes_no_prompt(string utterance, string expected)
    {
        Assert.Equal(expected, Label(PromptContext.YesNo, utterance));
    }

    [Theory]
    [InlineData("I had a hip replaced last year, though it doesn't hurt now", "yes")]
    [InlineData("I had sciatica years ago but it's gone now", "no")]
    [InlineData("no surgery", "no")]
    [InlineData("I had my knee done and it hurts now", "pain")]
    public void A_replaced_or_operated_joint_is_a_condition_even_when_it_no_longer_hurts(string utterance, string expected)
    {
        Assert.Equal(expected, Label(PromptContext.YesNo, utterance));
    }

    [Theory]
    [InlineData("the toast is burning in the kitchen", "unknown")]
    [InlineData("the dinner is burning", "unknown")]
    [InlineData("it's burning", "sharp")]
    [InlineData("a burning feeling in my leg", "sharp")]
    public void Burning_said_of_a_thing_in_the_house_is_no_kind_of_pain(string utterance, string expected)
    {
        Assert.Equal(expected, Label(PromptContext.PainKind, utterance));
    }

    [Fact]
    public void Burning_said_of_a_thing_in_the_house_is_no_pain_at_the_ready_prompt()
    {
        Assert.Equal("unknown", Label(PromptContext.Ready, "the toast is burning"));
        Assert.Equal("pain", Label(PromptContext.Ready, "my leg is burning"));
    }

    [Theory]
    [InlineData("sore... no not sore, go on", "ready")]
    [InlineData("sore... no... not sore... go", "ready")]
    [InlineData("not sore... go", "ready")]
    [InlineData("sore, go", "pain")]
    [InlineData("I do not go", "unknown")]
    [InlineData("sore... no... go", "pain")]
    [InlineData("sore... no... not sharp... go", "pain")]
    [InlineData("sore... not sore... it aches", "pain")]
    public void A_pain_word_is_taken_back_only_by_the_same_word_negated_at_once(string utterance, string expected)
    {
        Assert.Equal(expected, Label(PromptContext.Ready, utterance));
    }
}
