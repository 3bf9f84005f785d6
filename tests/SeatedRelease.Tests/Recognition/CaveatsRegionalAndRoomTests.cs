using SeatedRelease.Practice.Recognition;

namespace SeatedRelease.Tests.Recognition;

/// <summary>
/// These rules: a go-ahead beside a caveat about the body in words not understood, autocorrect's words for cramp,
/// plain states and places that are not the body, an everyday sensation word describing the room, "again" said of
/// someone else's noise, and regional, dictated and informal ways of saying the commands.
/// </summary>
public sealed class CaveatsRegionalAndRoomTests(RecognizerFixture fixture) : IClassFixture<RecognizerFixture>
{
    private string Label(PromptContext context, string utterance) => fixture.Recognizer.Recognize(context, utterance).Label;

    private string Ready(string utterance) => Label(PromptContext.Ready, utterance);

    [Theory]
    [InlineData(PromptContext.Ready, "ready but my knee is doing a funny thing")]
    [InlineData(PromptContext.Ready, "ready except my hip is a bit off")]
    [InlineData(PromptContext.Ready, "let's go, but my leg is acting strange")]
    [InlineData(PromptContext.YesNo, "yes but my knee is going all funny")]
    public void A_go_ahead_beside_a_caveat_about_the_body_in_words_not_understood_is_asked_about(PromptContext context, string utterance)
    {
        Assert.Equal("maybe-pain", Label(context, utterance));
    }

    [Theory]
    [InlineData(PromptContext.Ready, "ready, but can you go slower", "slower")]
    [InlineData(PromptContext.Ready, "ready but give me a second", "pause")]
    [InlineData(PromptContext.Ready, "my back is fine, ready", "ready")]
    [InlineData(PromptContext.Ready, "ready, but my calf is fine", "ready")]
    [InlineData(PromptContext.YesNo, "sciatica, it's gone now but comes back", "yes")]
    [InlineData(PromptContext.Ready, "ready but my calf hurts", "pain")]
    public void A_caveat_understood_or_not_about_the_body_keeps_its_meaning(PromptContext context, string utterance, string expected)
    {
        Assert.Equal(expected, Label(context, utterance));
    }

    [Theory]
    [InlineData(PromptContext.Ready, "ready but my calf is camping up")]
    [InlineData(PromptContext.Ready, "ok ready, but my hamstring is clamping")]
    [InlineData(PromptContext.YesNo, "yeah, though my calf is camping")]
    [InlineData(PromptContext.Ready, "my foot keeps cramming up")]
    public void Autocorrect_for_cramp_beside_a_body_part_is_pain(PromptContext context, string utterance)
    {
        Assert.Equal("pain", Label(context, utterance));
    }

    [Theory]
    [InlineData("I'm camping next week")]
    [InlineData("we went camping at the weekend")]
    [InlineData("my feet are cold")]
    [InlineData("the one in the back bedroom")]
    public void Camping_cold_feet_and_a_back_room_are_not_pain(string utterance)
    {
        Assert.Equal("unknown", Ready(utterance));
    }

    [Theory]
    [InlineData("my neighbour's mowing the lawn again")]
    [InlineData("the dog's barking again")]
    public void Someone_elses_noise_said_to_be_back_is_no_request_to_repeat(string utterance)
    {
        // The trained classifier reads "again" said of a noise; the rules alone take it as a repeat.
        Assert.Equal("unknown", fixture.Composite.Recognize(PromptContext.Ready, utterance).Label);
    }

    [Theory]
    [InlineData("my back is burning", "pain")]
    [InlineData("my knee feels cold and hurts", "pain")]
    [InlineData("again please", "repeat")]
    [InlineData("say that again", "repeat")]
    public void Pain_words_and_plain_requests_to_repeat_are_untouched(string utterance, string expected)
    {
        Assert.Equal(expected, Ready(utterance));
    }

    [Theory]
    [InlineData("a sheepskin rug by the fire", "carpet")]
    [InlineData("the carpet in the back room", "carpet")]
    public void An_everyday_sensation_word_beside_a_surface_describes_the_room(string utterance, string expected)
    {
        Assert.Equal(expected, Label(PromptContext.Surface, utterance));
    }

    [Theory]
    [InlineData("that one's done, swap", "enough")]
    [InlineData("that's this side done, love", "enough")]
    [InlineData("udder leg please", "enough")]
    [InlineData("ready, love", "ready")]
    public void A_leg_ended_in_other_words_ends_it_and_a_word_of_address_hides_nothing(string utterance, string expected)
    {
        Assert.Equal(expected, Ready(utterance));
    }

    [Theory]
    [InlineData(PromptContext.YesNo, "aye", "yes")]
    [InlineData(PromptContext.YesNo, "naw", "no")]
    [InlineData(PromptContext.YesNo, "go on then, that'd be grand", "yes")]
    [InlineData(PromptContext.YesNo, "please do", "yes")]
    [InlineData(PromptContext.YesNo, "please don't clear it", "no")]
    [InlineData(PromptContext.YesNo, "year go on", "yes")]
    [InlineData(PromptContext.Ready, "haud on", "pause")]
    [InlineData(PromptContext.Ready, "just a mo", "pause")]
    [InlineData(PromptContext.Ready, "I've had it, I'm packing it in", "stop")]
    [InlineData(PromptContext.Ready, "I'm going to leave it there for today, I'll try again tomorrow", "stop")]
    [InlineData(PromptContext.YesNo, "switch yourself off, I'm done", "stop")]
    public void Regional_and_informal_words_are_understood(PromptContext context, string utterance, string expected)
    {
        Assert.Equal(expected, Label(context, utterance));
    }

    [Theory]
    [InlineData(PromptContext.Ready, "say that a gun", "repeat")]
    [InlineData(PromptContext.Ready, "slow sown", "slower")]
    [InlineData(PromptContext.Ready, "go fester", "faster")]
    [InlineData(PromptContext.Ready, "hoe many left", "progress")]
    [InlineData(PromptContext.Ready, "wat can i sat", "help")]
    [InlineData(PromptContext.PainKind, "a stabling pain", "sharp")]
    public void Dictation_and_autocorrect_slips_of_key_phrases_are_repaired(PromptContext context, string utterance, string expected)
    {
        Assert.Equal(expected, Label(context, utterance));
    }

    [Theory]
    [InlineData(PromptContext.Ready, "I don't know what you want me to answer", "help")]
    [InlineData(PromptContext.Surface, "what am I meant to answer here", "help")]
    [InlineData(PromptContext.PainKind, "what should I be telling you here", "help")]
    [InlineData(PromptContext.Ready, "how long's left", "progress")]
    [InlineData(PromptContext.Ready, "am I halfway yet", "progress")]
    [InlineData(PromptContext.Ready, "less waiting between steps please", "faster")]
    [InlineData(PromptContext.Ready, "shorter gaps", "faster")]
    [InlineData(PromptContext.Ready, "why's it so slow, what does going slowly actually do", "question")]
    [InlineData(PromptContext.Ready, "can you go slower", "slower")]
    [InlineData(PromptContext.YesNo, "a what?", "repeat")]
    [InlineData(PromptContext.PainKind, "a niggle", "mild")]
    public void Help_progress_pace_questions_repeats_and_a_niggle_said_in_other_words(PromptContext context, string utterance, string expected)
    {
        Assert.Equal(expected, Label(context, utterance));
    }

    [Fact]
    public void A_plain_state_or_autocorrected_pain_word_that_is_already_pain_is_refused_at_load()
    {
        const string yaml = """
            intents:
              pain:
                negatable: true
                phrases: [hurts, cramping]
              maybe-pain:
                phrases: [stiff]
              stop:
                phrases: [stop]
            contexts:
              ready: {priority: [pain, maybe-pain, stop]}
              yesno: {priority: [pain, maybe-pain, stop]}
              surface: {priority: [pain, maybe-pain, stop]}
              painkind: {priority: [pain, maybe-pain, stop]}
            body_parts: [calf]
            """;
        var error = Assert.Throws<LexiconException>(() =>
            LexiconRecognizer.Parse(yaml + "\nautocorrected_pain: [camping, cramping]\nplain_states: [cold, stiff]\n", "l.yaml"));
        Assert.Contains(error.Problems, p => p.Contains("autocorrected_pain: 'cramping' is already a pain"));
        Assert.Contains(error.Problems, p => p.Contains("plain_states: 'stiff' is already a pain"));

        var recognizer = LexiconRecognizer.Parse(yaml + "\nautocorrected_pain: [camping]\n", "l.yaml");
        Assert.Equal(Intent.Pain, recognizer.Recognize(PromptContext.Ready, "my calf is camping").Intent);
        Assert.Equal(Intent.Unknown, recognizer.Recognize(PromptContext.Ready, "i am camping").Intent);
    }
}
