using SeatedRelease.Practice.Recognition;

namespace SeatedRelease.Tests.Recognition;

/// <summary>
/// Typed and misheard short words: swapped neighbours in four-letter commands, one-edit typos of the longer commands,
/// respellings, split comparatives, a yes turned around by "not", a past condition that is over, and moving on after a
/// finished step. Ready and yes are reached by no repair but a slip of one finger in a long answer ("readt", "raedy") and
/// listed respellings ("yse"); a word said with a vowel held ("noo", "reeady") is not a repair and reaches them.
/// </summary>
public sealed class ShortWordTypoTests(RecognizerFixture fixture) : IClassFixture<RecognizerFixture>
{
    private string Label(PromptContext context, string utterance) => fixture.Recognizer.Recognize(context, utterance).Label;

    [Theory]
    [InlineData("hlep", "help")]
    [InlineData("wiat", "pause")]
    [InlineData("sotp", "stop")]
    [InlineData("repaet", "repeat")]
    [InlineData("reppeat that", "repeat")]
    [InlineData("slwoer", "slower")]
    [InlineData("fatser", "faster")]
    [InlineData("enoguh", "enough")]
    public void A_typo_of_a_command_word_is_the_command(string utterance, string expected)
    {
        Assert.Equal(expected, Label(PromptContext.Ready, utterance));
    }

    [Theory]
    [InlineData(PromptContext.Ready, "fien")]
    [InlineData(PromptContext.Ready, "reads")]
    [InlineData(PromptContext.Ready, "realy")]
    [InlineData(PromptContext.Ready, "reapy")]
    [InlineData(PromptContext.Ready, "rea dy")]
    [InlineData(PromptContext.Ready, "readyy")]
    [InlineData(PromptContext.YesNo, "y es")]
    [InlineData(PromptContext.YesNo, "yess delete")]
    public void Ready_and_yes_are_reached_by_no_repair_but_a_one_finger_slip(PromptContext context, string utterance)
    {
        string label = Label(context, utterance);
        Assert.NotEqual("ready", label);
        if (utterance != "yess delete")
        {
            Assert.NotEqual("yes", label);
        }
    }

    [Fact]
    public void A_listed_sound_alike_of_yes_is_not_a_repair_and_still_counts()
    {
        // "yess" is an explicit sound_alikes entry written by a person, not something the typo rule found.
        Assert.Equal("yes", Label(PromptContext.YesNo, "yess"));
    }

    [Theory]
    [InlineData("lots of people")]
    [InlineData("what's the cause")]
    [InlineData("is it easter")]
    public void A_real_word_one_swap_or_edit_from_a_command_stays_itself(string utterance)
    {
        Assert.Equal("unknown", Label(PromptContext.Ready, utterance));
    }

    [Fact]
    public void A_doubled_letter_reads_as_the_pain_word_rather_than_a_changed_letter()
    {
        Assert.Equal("pain", Label(PromptContext.Ready, "my back is sorre"));
    }

    [Theory]
    [InlineData("sharpe", "sharp")]
    [InlineData("shapr", "sharp")]
    [InlineData("mlid", "mild")]
    [InlineData("myld", "mild")]
    public void Typos_of_the_pain_kinds_are_those_kinds(string utterance, string expected)
    {
        Assert.Equal(expected, Label(PromptContext.PainKind, utterance));
    }

    [Theory]
    [InlineData("why sox", "question")]
    [InlineData("enuf", "enough")]
    [InlineData("slo down", "slower")]
    [InlineData("which mussels", "question")]
    [InlineData("wear am i", "progress")]
    [InlineData("fast er", "faster")]
    [InlineData("slow er", "slower")]
    public void Respellings_and_split_comparatives_are_understood(string utterance, string expected)
    {
        Assert.Equal(expected, Label(PromptContext.Ready, utterance));
    }

    [Theory]
    [InlineData("absolutely not", "no")]
    [InlineData("of course not", "no")]
    [InlineData("definitely not.", "no")]
    [InlineData("yes not sore", "yes")]
    [InlineData("absolutely", "yes")]
    [InlineData("of course not, it hurts", "pain")]
    public void A_negator_ending_the_clause_after_a_yes_answers_no(string utterance, string expected)
    {
        Assert.Equal(expected, Label(PromptContext.YesNo, utterance));
    }

    [Theory]
    [InlineData("I had sciatica years ago but it's gone now", "no")]
    [InlineData("I used to have a slipped disc, it's healed", "no")]
    [InlineData("I had sciatica", "yes")]
    [InlineData("sciatica but it's gone now", "yes")]
    [InlineData("I had sciatica and it's not gone", "yes")]
    [InlineData("I had sciatica and it's flaring now", "pain")]
    public void A_condition_is_no_only_when_both_in_the_past_and_over(string utterance, string expected)
    {
        Assert.Equal(expected, Label(PromptContext.YesNo, utterance));
    }

    [Theory]
    [InlineData(PromptContext.YesNo, "noo", "no")]
    [InlineData(PromptContext.YesNo, "nooo", "no")]
    [InlineData(PromptContext.YesNo, "noo thanks", "no")]
    [InlineData(PromptContext.YesNo, "yees", "yes")]
    [InlineData(PromptContext.YesNo, "nopee", "no")]
    [InlineData(PromptContext.Ready, "reeady", "ready")]
    [InlineData(PromptContext.Ready, "okaay", "ready")]
    [InlineData(PromptContext.Ready, "coool", "ready")]
    [InlineData(PromptContext.Ready, "my back is paain", "pain")]
    public void A_word_said_drawn_out_is_the_word(PromptContext context, string utterance, string expected)
    {
        Assert.Equal(expected, Label(context, utterance));
    }

    [Theory]
    [InlineData(PromptContext.YesNo, "too")]
    [InlineData(PromptContext.YesNo, "to")]
    // "know" alone is no at the yes/no prompt (a listed answer, not a held vowel); at the ready prompt it
    // is still only itself.
    [InlineData(PromptContext.Ready, "know")]
    [InlineData(PromptContext.YesNo, "yet")]
    [InlineData(PromptContext.YesNo, "noon")]
    [InlineData(PromptContext.Ready, "goo")]
    [InlineData(PromptContext.Ready, "yet")]
    public void A_short_real_word_is_not_a_drawn_out_answer(PromptContext context, string utterance)
    {
        Assert.Equal("unknown", Label(context, utterance));
    }

    [Theory]
    [InlineData("done with that, what's next", "ready")]
    [InlineData("what's next", "ready")] // alone it asks for the next cue
    [InlineData("not done with that, what's next", "progress")]
    [InlineData("done with that, what's next, ouch", "pain")]
    public void A_finished_step_then_asking_for_the_next_moves_on(string utterance, string expected)
    {
        Assert.Equal(expected, Label(PromptContext.Ready, utterance));
    }
}
