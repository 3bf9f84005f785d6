using SeatedRelease.Practice.Recognition;

namespace SeatedRelease.Tests.Recognition;

/// <summary>
/// What a phrase reaches beyond its own words: an enough said of the whole session, and what the bot said asked for
/// again, each beside the near-misses that must keep their label.
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
}
