using SeatedRelease.Practice.Recognition;

namespace SeatedRelease.Tests.Recognition;

/// <summary>
/// These rules: a degree alone answers the pain kind; a leg "finished with" is enough and a finish then a go-ahead
/// is ready; a pull beside a denial of pain and a go-ahead is the stretch felt; misspelt surgery and split fibromyalgia
/// at the safety question; an explicit answer confirming a deletion; dictation and typing slips.
/// </summary>
public sealed class DegreesFinishedLegsAndConfirmationsTests(RecognizerFixture fixture) : IClassFixture<RecognizerFixture>
{
    private string Label(PromptContext context, string utterance) => fixture.Recognizer.Recognize(context, utterance).Label;

    [Theory]
    [InlineData("only a wee bit", "mild")]
    [InlineData("just a touch", "mild")]
    [InlineData("a smidge", "mild")]
    [InlineData("only a tad", "mild")]
    [InlineData("pretty sever", "sharp")]
    [InlineData("quite severe", "sharp")]
    [InlineData("really strong", "sharp")]
    [InlineData("pretty extreme", "sharp")]
    [InlineData("agonising", "sharp")]
    public void A_degree_alone_answers_the_pain_kind(string utterance, string expected)
    {
        Assert.Equal(expected, Label(PromptContext.PainKind, utterance));
    }

    [Theory]
    [InlineData("a bit sharp")]
    [InlineData("just a touch sharp")]
    [InlineData("a wee bit sharp")]
    public void A_low_degree_never_makes_a_sharp_pain_mild(string utterance)
    {
        Assert.Equal("sharp", Label(PromptContext.PainKind, utterance));
    }

    [Theory]
    [InlineData("sever", "unknown")] // severe only where the kind of pain is asked
    [InlineData("I have a fever", "unknown")] // a real word one edit away is itself
    public void Sever_is_severe_only_at_the_pain_kind_prompt(string utterance, string expected)
    {
        Assert.Equal(expected, Label(PromptContext.Ready, utterance));
    }

    [Fact]
    public void A_fever_is_not_read_as_severe_at_the_pain_kind_prompt()
    {
        Assert.NotEqual("sharp", Label(PromptContext.PainKind, "I have a fever"));
    }

    [Theory]
    [InlineData("I'm finished with this leg", "enough")]
    [InlineData("finished with the left one", "enough")]
    [InlineData("finished, carry on", "ready")]
    [InlineData("I'm finished, keep going", "more")]
    [InlineData("I'm finished", "stop")]
    [InlineData("finished", "stop")]
    [InlineData("I'm finished for today", "stop")]
    [InlineData("I'm finished, I can't go on", "stop")]
    [InlineData("finished with this leg but my knee hurts", "pain")]
    public void A_finished_leg_is_enough_and_a_finish_then_a_go_ahead_moves_on(string utterance, string expected)
    {
        Assert.Equal(expected, Label(PromptContext.Ready, utterance));
    }

    [Theory]
    [InlineData("no pain, just a nice gentle pull, next please", "ready")]
    [InlineData("no pain just a pull, keep going", "more")]
    [InlineData("it doesn't hurt, just a gentle pull, next", "ready")]
    [InlineData("just a pull, keep going", "maybe-pain")]
    [InlineData("no pain, just a strain, keep going", "maybe-pain")]
    [InlineData("no pain, just a pull, but now it hurts", "pain")]
    public void A_pull_beside_a_denial_of_pain_and_a_go_ahead_is_the_stretch_felt(string utterance, string expected)
    {
        Assert.Equal(expected, Label(PromptContext.Ready, utterance));
    }

    [Theory]
    [InlineData("I had knee sugery last year", "yes")]
    [InlineData("hip surgury", "yes")]
    [InlineData("I've got fibro my algae", "yes")]
    [InlineData("fibro", "yes")]
    [InlineData("fibromyalgia", "yes")]
    [InlineData("nein", "no")]
    public void A_condition_misspelt_or_split_is_still_a_condition(string utterance, string expected)
    {
        Assert.Equal(expected, Label(PromptContext.YesNo, utterance));
    }

    [Theory]
    [InlineData(PromptContext.YesNo, "yes, delete my data", "yes")]
    [InlineData(PromptContext.YesNo, "yeah delete my data", "yes")]
    [InlineData(PromptContext.YesNo, "no, don't delete my data", "no")]
    [InlineData(PromptContext.YesNo, "delete my data", "forget")]
    [InlineData(PromptContext.Ready, "delete my data", "forget")]
    public void An_explicit_answer_with_the_deletion_repeated_is_the_answer(PromptContext context, string utterance, string expected)
    {
        Assert.Equal(expected, Label(context, utterance));
    }

    [Theory]
    [InlineData(PromptContext.Ready, "slow were please", "slower")]
    [InlineData(PromptContext.Surface, "I'm on a mate", "mat")]
    [InlineData(PromptContext.Ready, "swap lges", "enough")]
    [InlineData(PromptContext.Ready, "what does the ham string actually do here", "question")]
    [InlineData(PromptContext.Ready, "my ham string hurts", "pain")]
    public void Dictation_and_typing_slips_are_heard_as_the_word_meant(PromptContext context, string utterance, string expected)
    {
        Assert.Equal(expected, Label(context, utterance));
    }
}
