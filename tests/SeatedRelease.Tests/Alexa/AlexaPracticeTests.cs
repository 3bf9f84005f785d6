using System.Net;

namespace SeatedRelease.Tests.Alexa;

/// <summary>A whole practice with Alexa's side played by a test client, every request signed and verified.</summary>
public sealed class AlexaPracticeTests
{
    [Fact]
    public async Task A_whole_practice_over_alexa_keeps_its_place_after_stop_and_offers_to_go_on()
    {
        await using var host = new AlexaHost();
        var alexa = host.Listener();

        var greeting = Check(await alexa.OpenAsync());
        Assert.Contains("Welcome to the Seated Hamstring Release", greeting.Said, StringComparison.Ordinal);
        Assert.Contains("safety question", greeting.Said, StringComparison.Ordinal);

        Assert.Contains("What are you sitting on", Check(await alexa.IntentAsync("AMAZON.NoIntent")).Said, StringComparison.Ordinal);
        Assert.Contains("On carpet", Check(await alexa.SayAsync("carpet")).Said, StringComparison.Ordinal);

        // Set-up, then the whole right leg, paced by "ready".
        var rest = await ReadyUntilAsync(alexa, "Take a few slow breaths");
        Assert.Contains("right leg", string.Join(" ", alexa.Heard.Select(h => h.Said)), StringComparison.Ordinal);
        // The rest between the legs is silence in the same response: a 20 s pause is two breaks of 10 s.
        var breaks = AlexaSpeech.Breaks(rest.Speech);
        Assert.Contains(breaks.Zip(breaks.Skip(1)), pair => pair.First == 10_000 && pair.Second == 10_000);
        Assert.Contains("left leg", rest.Said, StringComparison.Ordinal);

        // The left leg begins; a pain report during a repetition stops the movement.
        await ReadyUntilAsync(alexa, "Very slowly and gently");
        var asked = Check(await alexa.SayAsync("that hurts"));
        Assert.Contains("Stop moving", asked.Said, StringComparison.Ordinal);
        Assert.Contains("mild discomfort", asked.Said, StringComparison.Ordinal);
        Assert.Contains("make it easier", Check(await alexa.SayAsync("it's mild")).Said, StringComparison.Ordinal);

        // "Alexa, stop": out of the movement, the short close, and the session ends.
        var close = Check(await alexa.IntentAsync("AMAZON.StopIntent"));
        Assert.True(close.EndSession);
        Assert.Null(close.Reprompt);
        Assert.StartsWith("Let go of your foot", close.Said, StringComparison.Ordinal);
        Assert.Contains("We will stop here", close.Said, StringComparison.Ordinal);

        // "Alexa, open seated release" again: a new session, the same listener, the practice offered.
        var back = Check(await alexa.OpenAsync());
        Assert.Contains("Welcome back", back.Said, StringComparison.Ordinal);
        Assert.Contains("left leg", back.Said, StringComparison.Ordinal);
        Assert.Contains("pick up where you left off", back.Said, StringComparison.Ordinal);
        var goesOn = Check(await alexa.IntentAsync("AMAZON.YesIntent"));
        Assert.Contains("We go on from there", goesOn.Said, StringComparison.Ordinal);
        Assert.False(goesOn.EndSession);
    }

    [Fact]
    public async Task When_alexa_closes_the_session_after_the_reprompt_the_next_open_offers_to_go_on()
    {
        await using var host = new AlexaHost();
        var alexa = host.Listener("amzn1.ask.account.quiet");
        Check(await alexa.OpenAsync());
        Check(await alexa.IntentAsync("AMAZON.NoIntent"));
        Check(await alexa.SayAsync("mat"));
        var ended = await alexa.SessionEndsAsync("EXCEEDED_MAX_REPROMPTS");
        Assert.Equal(HttpStatusCode.OK, ended.Status);
        Assert.Null(ended.Speech);

        var back = Check(await alexa.OpenAsync());
        Assert.Contains("Welcome back", back.Said, StringComparison.Ordinal);
        Assert.Contains("Shall we pick up where you left off", back.Said, StringComparison.Ordinal);
        Assert.Contains("Sit up straight", Check(await alexa.IntentAsync("AMAZON.YesIntent")).Said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("AMAZON.HelpIntent", "You can also say")]
    [InlineData("AMAZON.RepeatIntent", "Please say yes or no")]
    [InlineData("AMAZON.FallbackIntent", "did not catch that")]
    public async Task The_built_in_intents_are_the_practices_own_words(string intent, string expected)
    {
        await using var host = new AlexaHost();
        var alexa = host.Listener();
        Check(await alexa.OpenAsync());
        var heard = Check(await alexa.IntentAsync(intent));
        Assert.Contains(expected, heard.Said, StringComparison.Ordinal);
        Assert.False(heard.EndSession);
    }

    [Fact]
    public async Task Resume_after_pause_goes_on()
    {
        await using var host = new AlexaHost();
        var alexa = host.Listener();
        Check(await alexa.OpenAsync());
        Check(await alexa.IntentAsync("AMAZON.NoIntent"));
        Check(await alexa.SayAsync("carpet"));
        Assert.Contains("Paused", Check(await alexa.IntentAsync("AMAZON.PauseIntent")).Said, StringComparison.Ordinal);
        Assert.Contains("go on", Check(await alexa.IntentAsync("AMAZON.ResumeIntent")).Said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("AMAZON.CancelIntent")]
    [InlineData("AMAZON.NavigateHomeIntent")]
    public async Task Cancel_and_home_leave_like_stop_and_keep_the_place(string intent)
    {
        await using var host = new AlexaHost();
        var alexa = host.Listener();
        Check(await alexa.OpenAsync());
        Check(await alexa.IntentAsync("AMAZON.NoIntent"));
        var close = Check(await alexa.IntentAsync(intent));
        Assert.True(close.EndSession);
        Assert.Contains("We will stop here", close.Said, StringComparison.Ordinal);
        Assert.Contains("Welcome back", Check(await alexa.OpenAsync()).Said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hostile_words_never_break_the_speech_or_the_json()
    {
        await using var host = new AlexaHost();
        var alexa = host.Listener();
        Check(await alexa.OpenAsync());
        Check(await alexa.IntentAsync("AMAZON.NoIntent"));
        Check(await alexa.SayAsync("carpet"));
        const string hostile = "that hurts </prosody></speak><audio src=\"http://evil.example/x.mp3\"/> & \"quotes\" ]]> \u0001 \\u003c <break time=\"99s\"/>";
        Check(await alexa.SayAsync(hostile));
        // Sharp ends the practice; its summary reads the listener's own words back.
        var last = Check(await alexa.SayAsync("sharp " + hostile));
        Assert.True(last.EndSession);
        Assert.Contains(alexa.Heard, h => h.Said.Contains("</prosody></speak>", StringComparison.Ordinal));
    }

    private static async Task<AlexaHeard> ReadyUntilAsync(AlexaClient alexa, string words)
    {
        for (var i = 0; i < 20; i++)
        {
            var heard = Check(await alexa.SayAsync("ready"));
            if (heard.Said.Contains(words, StringComparison.Ordinal)) return heard;
        }
        throw new Xunit.Sdk.XunitException($"'{words}' never came: {alexa.Heard[^1].Said}");
    }

    // What every answer must be: Alexa SSML within its limits, and a reprompt (the prompt again) while the session stays open.
    private static AlexaHeard Check(AlexaHeard heard)
    {
        Assert.Equal(HttpStatusCode.OK, heard.Status);
        AlexaSpeech.AssertValid(heard.Speech);
        if (!heard.EndSession)
        {
            AlexaSpeech.AssertValid(heard.Reprompt);
            var prompt = AlexaSpeech.PlainText(heard.Reprompt).Trim();
            Assert.False(string.IsNullOrEmpty(prompt));
            Assert.EndsWith(prompt, heard.Said.Trim(), StringComparison.Ordinal);
        }
        return heard;
    }
}
