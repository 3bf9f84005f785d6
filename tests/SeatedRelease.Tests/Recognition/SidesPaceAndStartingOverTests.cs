using SeatedRelease.Practice.Recognition;

namespace SeatedRelease.Tests.Recognition;

/// <summary>
/// These rules: moving on to a side ends the leg, what should be felt asked without a pain word, a mild state beside
/// a change of pace, a past condition that no longer bothers, pace said formally or misheard, not knowing what to say,
/// a time question about finishing, a completion word before asking for the next, and starting over at a yes/no question.
/// </summary>
public sealed class SidesPaceAndStartingOverTests(RecognizerFixture fixture) : IClassFixture<RecognizerFixture>
{
    private string Label(PromptContext context, string utterance) => fixture.Recognizer.Recognize(context, utterance).Label;

    private string Ready(string utterance) => Label(PromptContext.Ready, utterance);

    [Theory]
    [InlineData("move on to the left please")]
    [InlineData("let's go to the right one now")]
    [InlineData("on to the other side")]
    [InlineData("go to the other side")]
    public void Moving_on_to_a_side_ends_the_leg(string utterance)
    {
        Assert.Equal("enough", Ready(utterance));
    }

    [Theory]
    [InlineData("move on")]
    [InlineData("let's move on")]
    [InlineData("let's go")]
    public void Moving_on_without_a_side_is_still_ready(string utterance)
    {
        Assert.Equal("ready", Ready(utterance));
    }

    [Theory]
    [InlineData("should I be feeling it in the back of my thigh?", "muscles")]
    [InlineData("where should I feel this?", "muscles")]
    [InlineData("should my knee come up off the floor or stay down?", "distance")]
    [InlineData("is my heel supposed to lift", "socks")]
    public void Asking_what_should_be_felt_or_where_a_body_part_goes_is_a_question(string utterance, string topic)
    {
        var result = fixture.Recognizer.Recognize(PromptContext.Ready, utterance);
        Assert.Equal(Intent.Question, result.Intent);
        Assert.Equal(topic, result.Topic);
    }

    [Theory]
    [InlineData("my thigh hurts, should I stop?", "pain")]
    [InlineData("should I be feeling pain in my knee?", "maybe-pain")]
    [InlineData("I feel it in my knee", "maybe-pain")]
    public void A_pain_word_or_a_statement_about_the_body_is_still_asked_about(string utterance, string expected)
    {
        Assert.Equal(expected, Ready(utterance));
    }

    [Theory]
    [InlineData("ease up on the pace a bit, I'm stiff today", "slower")]
    [InlineData("can we go slower, my hamstrings are tight today", "slower")]
    [InlineData("hold on a sec, I'm stiff", "pause")]
    public void A_mild_state_beside_a_change_of_pace_is_the_change_of_pace(string utterance, string expected)
    {
        Assert.Equal(expected, Ready(utterance));
    }

    [Theory]
    [InlineData("I'm stiff")]
    [InlineData("I'm stiff and it hurts")]
    [InlineData("slow down, I'm stiff and sore")]
    [InlineData("slow down, my knee feels weird")]
    public void A_mild_state_alone_or_beside_pain_is_still_asked_about_or_pain(string utterance)
    {
        Assert.Contains("pain", Ready(utterance));
    }

    [Theory]
    [InlineData("yes, I had a herniated disc years ago, but it doesn't bother me now", "yes")]
    [InlineData("yes I had sciatica a while back but it does not bother me anymore", "yes")]
    [InlineData("I had sciatica but it doesn't bother me now", "no")]
    [InlineData("yes I had sciatica but it still bothers me", "yes")]
    [InlineData("yes, my back still aches", "pain")]
    public void At_the_safety_question_an_explicit_yes_wins_over_a_past_condition_said_to_be_over(string utterance, string expected)
    {
        Assert.Equal(expected, Label(PromptContext.YesNo, utterance));
    }

    [Theory]
    [InlineData("could you possibly reduce the pace of your instructions?", "slower")]
    [InlineData("decrease the speed", "slower")]
    [InlineData("lower the tempo", "slower")]
    [InlineData("slow dune", "slower")]
    [InlineData("quick her", "faster")]
    [InlineData("spead it up", "faster")]
    [InlineData("sped it up", "faster")]
    [InlineData("increase the speed", "faster")]
    public void Pace_said_formally_or_misheard_changes_the_pace(string utterance, string expected)
    {
        Assert.Equal(expected, Ready(utterance));
    }

    [Theory]
    [InlineData(PromptContext.Ready, "I don't know what I'm supposed to say here")]
    [InlineData(PromptContext.YesNo, "I don't know what I'm supposed to say")]
    [InlineData(PromptContext.Ready, "how I use this app")]
    [InlineData(PromptContext.Ready, "how to use this")]
    public void Not_knowing_what_to_say_or_how_to_use_it_is_help(PromptContext context, string utterance)
    {
        Assert.Equal("help", Label(context, utterance));
    }

    [Theory]
    [InlineData("which leg am eye on", "progress")]
    [InlineData("how much time still left for finish", "progress")]
    [InlineData("how long until finish", "progress")]
    [InlineData("how many more before I stop", "progress")]
    [InlineData("how many more, I want to finish", "stop")]
    [InlineData("I want to finish", "stop")]
    public void A_time_question_about_finishing_is_progress_and_finishing_alone_stops(string utterance, string expected)
    {
        Assert.Equal(expected, Ready(utterance));
    }

    [Theory]
    [InlineData("what's it four anyway", "question")]
    [InlineData("what is this good four", "question")]
    [InlineData("four more?", "unknown")]
    public void Four_heard_for_for_inside_a_question_asks_what_it_is_for(string utterance, string expected)
    {
        Assert.Equal(expected, Ready(utterance));
    }

    [Theory]
    [InlineData("fine, done, what's next", "ready")]
    [InlineData("done, what's next", "ready")]
    [InlineData("finished, what now", "ready")]
    [InlineData("what's next", "ready")] // alone it asks for the next cue
    [InlineData("okay, what's next", "ready")] // after a word of assent too
    [InlineData("are we nearly done, what's next", "progress")]
    [InlineData("are we done, what's next", "progress")]
    [InlineData("I'm done for today, what's next", "stop")]
    [InlineData("finished", "stop")]
    public void A_completion_word_before_asking_for_the_next_moves_on(string utterance, string expected)
    {
        Assert.Equal(expected, Ready(utterance));
    }

    [Theory]
    [InlineData("I'd rather start fresh", "no")]
    [InlineData("start from scratch", "no")]
    [InlineData("begin again from the top", "no")]
    [InlineData("yes I have sciatica, start fresh", "yes")]
    [InlineData("start fresh, my back hurts", "pain")]
    [InlineData("say that again from the top", "repeat")]
    public void Starting_over_is_no_unless_an_answer_or_pain_is_said_with_it(string utterance, string expected)
    {
        Assert.Equal(expected, Label(PromptContext.YesNo, utterance));
    }

    [Fact]
    public void A_mild_state_must_be_a_maybe_pain_word_and_no_pain_word()
    {
        const string yaml = """
            intents:
              pain:
                negatable: true
                phrases: [hurts, sore]
              maybe-pain:
                phrases: [stiff]
              stop:
                phrases: [stop]
              slower:
                phrases: [slower]
            contexts:
              ready: {priority: [pain, maybe-pain, stop, slower]}
              yesno: {priority: [pain, maybe-pain, stop]}
              surface: {priority: [pain, maybe-pain, stop]}
              painkind: {priority: [pain, maybe-pain, stop]}
            """;
        var error = Assert.Throws<LexiconException>(() => LexiconRecognizer.Parse(yaml + "\nmild_states: [stiff, sore, tired]\n", "l.yaml"));
        Assert.Contains(error.Problems, p => p.Contains("mild_states: 'sore' is a pain word"));
        Assert.Contains(error.Problems, p => p.Contains("mild_states: 'tired' is not a one-word maybe-pain phrase"));

        var recognizer = LexiconRecognizer.Parse(yaml + "\nmild_states: [stiff]\n", "l.yaml");
        Assert.Equal(Intent.Slower, recognizer.Recognize(PromptContext.Ready, "slower, i am stiff").Intent);
        Assert.Equal(Intent.MaybePain, recognizer.Recognize(PromptContext.Ready, "i am stiff").Intent);
    }
}
