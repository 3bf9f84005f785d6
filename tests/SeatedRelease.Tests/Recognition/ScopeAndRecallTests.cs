using SeatedRelease.Practice.Recognition;

namespace SeatedRelease.Tests.Recognition;

/// <summary>
/// What a phrase reaches beyond its own words: an enough said of the whole session, what the bot said asked for again,
/// a question whether to practise at all, and a feeling offered as minor beside an answer, each beside the near-misses
/// that must keep their label.
/// </summary>
public sealed class ScopeAndRecallTests(RecognizerFixture fixture) : IClassFixture<RecognizerFixture>
{
    private string Label(PromptContext context, string utterance) => fixture.Recognizer.Recognize(context, utterance).Label;

    [Theory]
    [InlineData("that's enough for today", "stop")]
    [InlineData("ok that's enough for the day", "stop")]
    [InlineData("that'll do for this session", "stop")]
    [InlineData("plenty for today", "stop")]
    [InlineData("enough, switch it off", "stop")]
    [InlineData("that's enough on this leg", "enough")]
    [InlineData("enough for this side", "enough")]
    [InlineData("that's enough for the right leg", "enough")]
    [InlineData("that's enough for today, ouch", "pain")]
    public void Enough_said_of_the_whole_session_stops_and_of_a_leg_ends_the_leg(string utterance, string expected)
    {
        Assert.Equal(expected, Label(PromptContext.Ready, utterance));
    }

    [Theory]
    [InlineData(PromptContext.Ready, "repeat that instruction", "repeat")]
    [InlineData(PromptContext.Ready, "could you repeat the last instruction please", "repeat")]
    [InlineData(PromptContext.Ready, "what was the last instruction", "repeat")]
    [InlineData(PromptContext.Ready, "i missed the instructions", "repeat")]
    [InlineData(PromptContext.PainKind, "what were the options", "repeat")]
    [InlineData(PromptContext.Surface, "what were the choices", "repeat")]
    [InlineData(PromptContext.Ready, "instructions please", "help")]
    [InlineData(PromptContext.Ready, "what are my options", "help")]
    [InlineData(PromptContext.Surface, "what are the choices", "help")]
    [InlineData(PromptContext.Ready, "i don't understand the instruction, say it again", "help")]
    public void What_the_bot_said_asked_for_again_is_repeat_and_alone_is_help(PromptContext context, string utterance, string expected)
    {
        Assert.Equal(expected, Label(context, utterance));
    }

    [Theory]
    [InlineData("is it ok to do this if i went running this morning")]
    [InlineData("is it alright if i do this while pregnant")]
    [InlineData("can i do this if i have a cold")]
    [InlineData("should i go ahead if my knee was operated on")]
    [InlineData("is it okay to go ahead now")]
    [InlineData("would it be ok to carry on after a big meal")]
    [InlineData("i wonder if it's ok to do this today")]
    [InlineData("can i carry on if i'm tired")]
    [InlineData("could i keep going after a big meal")]
    public void Asking_whether_to_practise_at_all_is_a_question_never_ready(string utterance)
    {
        var answer = fixture.Recognizer.Recognize(PromptContext.Ready, utterance);
        Assert.Equal(Intent.Question, answer.Intent);
        Assert.Equal("suitable", answer.Topic);
    }

    [Theory]
    [InlineData("should i wear socks", "socks")]
    [InlineData("can i do this barefoot", "socks")]
    [InlineData("is it ok if my heel lifts off the floor", "lift")]
    [InlineData("should i do this with my eyes closed", "eyes")]
    [InlineData("is it ok for plantar fasciitis", "benefits")]
    public void A_topic_named_inside_the_question_is_answered_instead(string utterance, string topic)
    {
        var answer = fixture.Recognizer.Recognize(PromptContext.Ready, utterance);
        Assert.Equal(Intent.Question, answer.Intent);
        Assert.Equal(topic, answer.Topic);
    }

    [Theory]
    [InlineData("is it ok to carry on if it hurts", "maybe-pain")]
    [InlineData("is it ok to do this, my knee hurts", "pain")]
    [InlineData("should i stop", "stop")]
    [InlineData("ok go ahead", "ready")]
    [InlineData("it's ok, go ahead", "ready")]
    [InlineData("can i carry on", "ready")]
    [InlineData("can i go on with the left leg", "ready")]
    [InlineData("is it ok if we take a break", "pause")]
    [InlineData("is it ok to switch legs now", "enough")]
    [InlineData("can i take a break if i need one", "pause")]
    public void Pain_stop_and_requests_asked_politely_outrank_the_question_and_a_plain_ok_is_still_ready(string utterance, string expected)
    {
        Assert.Equal(expected, Label(PromptContext.Ready, utterance));
    }

    [Theory]
    [InlineData(PromptContext.YesNo, "no back problems, just tight hamstrings", "no")]
    [InlineData(PromptContext.YesNo, "no back problems at all just tight hamstrings", "no")]
    [InlineData(PromptContext.YesNo, "no, only tight hamstrings", "no")]
    [InlineData(PromptContext.YesNo, "no just tight hamstrings", "no")]
    [InlineData(PromptContext.YesNo, "yes, just stiff in the mornings", "yes")]
    [InlineData(PromptContext.YesNo, "just tight", "maybe-pain")]
    [InlineData(PromptContext.YesNo, "no but my back feels tight", "maybe-pain")]
    [InlineData(PromptContext.YesNo, "no, just sore", "pain")]
    [InlineData(PromptContext.YesNo, "no just stop the whole thing", "stop")]
    [InlineData(PromptContext.Ready, "just a little tight", "maybe-pain")]
    [InlineData(PromptContext.Ready, "not just yet", "pause")]
    public void A_feeling_offered_as_minor_beside_an_answer_qualifies_it(PromptContext context, string utterance, string expected)
    {
        Assert.Equal(expected, Label(context, utterance));
    }
}
