using SeatedRelease.Bot.Alexa;
using SeatedRelease.Practice.Engine;
using SeatedRelease.Practice.Rendering;
using SeatedRelease.Tests.Support;

namespace SeatedRelease.Tests.Alexa;

/// <summary>The renderer's SSML fitted to what Alexa speaks.</summary>
public sealed class AlexaSsmlTests
{
    private static readonly SpeechOptions Speech = new() { DelayActivities = false, CueBaseUrl = "https://bot.example.com/cues/" };

    private static IReadOnlyList<RenderedMessage> Render(params SpokenLine[] lines)
    {
        var turn = new Turn();
        turn.Lines.AddRange(lines);
        return new SsmlRenderer(BotHarness.Script, Speech).Render(turn);
    }

    [Fact]
    public void The_azure_voice_goes_and_the_relative_rate_becomes_alexas_percentage()
    {
        var ssml = new AlexaSsml(new AlexaOptions()).Speech(Render(new SpokenLine("Sit up straight.")));
        AlexaSpeech.AssertValid(ssml);
        Assert.DoesNotContain("voice", ssml, StringComparison.Ordinal);
        Assert.DoesNotContain("xmlns", ssml, StringComparison.Ordinal);
        Assert.Contains("<prosody rate=\"90%\">Sit up straight.</prosody>", ssml, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_pause_is_several_breaks_of_at_most_ten_seconds()
    {
        var ssml = new AlexaSsml(new AlexaOptions()).Speech(Render(new SpokenLine("Take a few slow breaths.", PauseSeconds: 25), new SpokenLine("Say ready.")));
        AlexaSpeech.AssertValid(ssml);
        Assert.Equal([10_000, 10_000, 5_000], AlexaSpeech.Breaks(ssml));
    }

    [Fact]
    public void A_wav_cue_is_said_in_words_and_an_mp3_address_is_played()
    {
        var line = new SpokenLine("Now your right leg.", Cue: SeatedRelease.Practice.Script.SoundCue.StartMoving);
        var spoken = new AlexaSsml(new AlexaOptions()).Speech(Render(line));
        AlexaSpeech.AssertValid(spoken);
        Assert.DoesNotContain("<audio", spoken, StringComparison.Ordinal);
        Assert.Contains(BotHarness.Script.Cues[SeatedRelease.Practice.Script.SoundCue.StartMoving], AlexaSpeech.PlainText(spoken), StringComparison.Ordinal);

        var played = new AlexaSsml(new AlexaOptions { CueBaseUrl = "https://sounds.example.com/alexa" }).Speech(Render(line));
        AlexaSpeech.AssertValid(played);
        Assert.Contains("<audio src=\"https://sounds.example.com/alexa/start-moving.mp3\"/>", played, StringComparison.Ordinal);
        Assert.DoesNotContain(BotHarness.Script.Cues[SeatedRelease.Practice.Script.SoundCue.StartMoving], AlexaSpeech.PlainText(played), StringComparison.Ordinal);
    }

    [Fact]
    public void At_most_five_sounds_play_in_one_response_and_the_others_are_said()
    {
        var lines = Enumerable.Range(1, 7).Select(i => new SpokenLine($"Line {i}.", Cue: SeatedRelease.Practice.Script.SoundCue.ComeBack)).ToArray();
        var ssml = new AlexaSsml(new AlexaOptions { CueBaseUrl = "https://sounds.example.com/" }).Speech(Render(lines));
        AlexaSpeech.AssertValid(ssml);
        Assert.Equal(5, ssml.Split("<audio").Length - 1);
    }

    [Fact]
    public void Silence_beyond_240_seconds_is_shortened_to_fit()
    {
        var lines = Enumerable.Range(1, 10).Select(i => new SpokenLine($"Rest {i}.", PauseSeconds: 40)).ToArray();
        var ssml = new AlexaSsml(new AlexaOptions()).Speech(Render(lines));
        AlexaSpeech.AssertValid(ssml);
        Assert.InRange(AlexaSpeech.Breaks(ssml).Sum(), 230_000, 240_000);
    }

    [Fact]
    public void A_turn_longer_than_8000_characters_is_cut_to_fit_and_stays_well_formed()
    {
        var words = string.Concat(Enumerable.Repeat("pain & <more> \"pain\" ", 400));
        var ssml = new AlexaSsml(new AlexaOptions()).Speech(Render(new SpokenLine("You said: " + words), new SpokenLine(words), new SpokenLine("Say ready.")));
        AlexaSpeech.AssertValid(ssml);
        Assert.EndsWith("Say ready.", AlexaSpeech.PlainText(ssml), StringComparison.Ordinal);
    }

    [Fact]
    public void The_reprompt_is_the_last_line_without_its_silence_or_cue()
    {
        var messages = Render(new SpokenLine("Take a few slow breaths.", PauseSeconds: 20), new SpokenLine("When you are ready, say ready.", Cue: SeatedRelease.Practice.Script.SoundCue.RestOver));
        var reprompt = new AlexaSsml(new AlexaOptions()).Reprompt(messages[^1]);
        AlexaSpeech.AssertValid(reprompt);
        Assert.Empty(AlexaSpeech.Breaks(reprompt));
        Assert.Equal("When you are ready, say ready.", AlexaSpeech.PlainText(reprompt));
    }

    [Fact]
    public void Markup_in_the_words_is_spoken_as_text()
    {
        var ssml = new AlexaSsml(new AlexaOptions()).Speech(Render(new SpokenLine("<break time=\"99s\"/></speak> & ]]>")));
        AlexaSpeech.AssertValid(ssml);
        Assert.Empty(AlexaSpeech.Breaks(ssml));
        Assert.Equal("<break time=\"99s\"/></speak> & ]]>", AlexaSpeech.PlainText(ssml));
    }
}
