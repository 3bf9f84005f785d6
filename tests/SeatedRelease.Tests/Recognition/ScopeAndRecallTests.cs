using SeatedRelease.Practice.Recognition;

namespace SeatedRelease.Tests.Recognition;

/// <summary>
/// What a phrase reaches beyond its own words: an enough said of the whole session, each beside the near-misses that
/// must keep their label.
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
}
