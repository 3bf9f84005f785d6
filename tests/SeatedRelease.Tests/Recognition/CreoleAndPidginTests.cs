using SeatedRelease.Practice.Recognition;

namespace SeatedRelease.Tests.Recognition;

/// <summary>
/// These rules: stopping and ending a leg in Caribbean creole and Nigerian pidgin, "no" after its subject as a
/// verb's negator, a go-ahead taken back among hesitations, where the practice stopped as a place, and the pain-kind
/// choices quoted back.
/// </summary>
public sealed class CreoleAndPidginTests(RecognizerFixture fixture) : IClassFixture<RecognizerFixture>
{
    private string Label(PromptContext context, string utterance) => fixture.Recognizer.Recognize(context, utterance).Label;

    [Theory]
    [InlineData("leh we done fi now", "stop")]
    [InlineData("we done for now", "stop")]
    [InlineData("mi haffi go", "stop")]
    [InlineData("I have to go to the loo", "unknown")]
    [InlineData("dat foot done now, move to di nex one", "enough")]
    [InlineData("e don do for dis leg, make we change", "enough")]
    [InlineData("next league please this one's done", "enough")]
    [InlineData("next one", "ready")]
    [InlineData("let's go to the next step", "ready")]
    public void Stopping_and_ending_a_leg_in_creole_and_pidgin_are_no_go_ahead(string utterance, string expected)
    {
        Assert.Equal(expected, Label(PromptContext.Ready, utterance));
    }

    [Theory]
    [InlineData("um the uh yeah no the", "unknown")]
    [InlineData("uh yeah no", "unknown")]
    [InlineData("um yeah go on", "ready")]
    [InlineData("yeah no worries", "ready")]
    public void A_go_ahead_taken_back_among_hesitations_is_not_ready(string utterance, string expected)
    {
        Assert.Equal(expected, Label(PromptContext.Ready, utterance));
    }

    [Theory]
    [InlineData("I no get any injury", "no")]
    [InlineData("I no get pain", "no")]
    [InlineData("I don't have any injury", "no")]
    [InlineData("no, got pain in my hip", "pain")]
    [InlineData("I no get pain but my knee dey swell", "maybe-pain")]
    [InlineData("Nope keep my stiff", "no")]
    public void No_after_its_subject_negates_a_pain_word_like_do_not(string utterance, string expected)
    {
        Assert.Equal(expected, Label(PromptContext.YesNo, utterance));
    }

    [Fact]
    public void No_after_its_subject_keeps_a_pain_said_beside_it()
    {
        Assert.Equal("pain", Label(PromptContext.Ready, "I no feel good, my knee dey pain me"));
    }

    [Theory]
    [InlineData("yes o, continue from where I stop", "yes")]
    [InlineData("yeah pick up where we stopped", "yes")]
    [InlineData("yes it hurts where I stopped", "pain")]
    [InlineData("okay stopped I'm done for tonight", "stop")]
    [InlineData("no, stop", "stop")]
    public void Where_the_practice_stopped_is_a_place_not_the_command(string utterance, string expected)
    {
        Assert.Equal(expected, Label(PromptContext.YesNo, utterance));
    }

    [Theory]
    [InlineData("Ah didn't ketch dat", "repeat")]
    [InlineData("run dat back fi mi, mi nuh hear", "repeat")]
    [InlineData("wetin you talk", "repeat")]
    [InlineData("wetin I fit talk", "help")]
    [InlineData("what'm I s'posed to tell ya", "help")]
    [InlineData("is dis di right foot or di left?", "progress")]
    [InlineData("heel's in, let's keep goin'", "more")]
    [InlineData("just give me two minutes, I'll come back", "pause")]
    [InlineData("pick up the pace some, I ain't gonna break", "faster")]
    [InlineData("I need a break", "pause")]
    public void Requests_in_creole_pidgin_and_southern_speech_are_understood(string utterance, string expected)
    {
        Assert.Equal(expected, Label(PromptContext.Ready, utterance));
    }

    [Theory]
    [InlineData(PromptContext.Surface, "a yoga map", "mat")]
    [InlineData(PromptContext.Surface, "on the carpel", "carpet")]
    [InlineData(PromptContext.Surface, "a map of the world rug", "carpet")]
    [InlineData(PromptContext.Ready, "where is the map", "unknown")]
    [InlineData(PromptContext.PainKind, "sharp or what now? say that again", "repeat")]
    [InlineData(PromptContext.PainKind, "sharp, not mild", "sharp")]
    public void Autocorrected_surfaces_and_quoted_choices_count_only_where_they_are_asked(PromptContext context, string utterance, string expected)
    {
        Assert.Equal(expected, Label(context, utterance));
    }
}
