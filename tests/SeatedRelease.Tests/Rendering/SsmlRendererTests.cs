using System.Xml;
using SeatedRelease.Practice.Engine;
using SeatedRelease.Practice.Rendering;
using SeatedRelease.Practice.Script;
using SeatedRelease.Tests.Support;

namespace SeatedRelease.Tests.Rendering;

public sealed class SsmlRendererTests
{
    private static readonly SsmlRenderer Renderer = new(BotHarness.Script, new SpeechOptions { Voice = "en-GB-SoniaNeural", CueBaseUrl = "https://bot.example/cues/" });

    private static RenderedMessage RenderOne(SpokenLine line, Pace pace = Pace.Normal)
    {
        var turn = new Turn { Pace = pace };
        turn.Lines.Add(line);
        return Renderer.Render(turn)[0];
    }

    [Theory]
    [InlineData("knee & back <sore>")]
    [InlineData("</prosody></voice></speak><speak>")]
    [InlineData("<break time=\"60s\"/>")]
    [InlineData("\"quoted\" and 'apostrophes' ]]> <!-- -->")]
    [InlineData("control \u0000\u0001\u001f chars and a lone surrogate \ud800 here")]
    [InlineData("emoji 😀 and accents é ü ñ 日本語")]
    public void Hostile_text_is_spoken_as_words_and_never_breaks_the_ssml(string hostile)
    {
        var message = RenderOne(new SpokenLine("You said: " + hostile));
        var doc = Ssml.AssertValid(message.Speak);
        Assert.Equal(0, doc.GetElementsByTagName("break").Count);
        var expected = new string(("You said: " + hostile).Where(c => c is '\t' or '\n' or '\r' || (c >= 0x20 && !char.IsSurrogate(c))).ToArray());
        Assert.Equal(expected, new string(doc.DocumentElement!.InnerText.Where(c => !char.IsSurrogate(c)).ToArray()));
    }

    [Theory]
    [InlineData("Slide your heel forward.")]
    [InlineData("You said: \"quoted\" and 'apostrophes'")]
    public void Speech_holds_no_double_quote_so_a_json_reply_carries_it_unescaped(string text)
    {
        var message = RenderOne(new SpokenLine(text, PauseSeconds: 4, Cue: SoundCue.StartMoving), Pace.Slow);
        Ssml.AssertValid(message.Speak);
        Assert.DoesNotContain('"', message.Speak);
        Assert.Contains("<prosody rate='", message.Speak, StringComparison.Ordinal);
    }

    [Fact]
    public void Random_text_always_renders_to_well_formed_ssml()
    {
        var random = new Random(1234);
        for (var i = 0; i < 2000; i++)
        {
            var chars = new char[random.Next(0, 40)];
            for (var j = 0; j < chars.Length; j++) chars[j] = (char)random.Next(0, 0x10000);
            Ssml.AssertValid(RenderOne(new SpokenLine(new string(chars), random.Next(0, 30))).Speak);
        }
    }

    [Fact]
    public void A_line_followed_by_a_long_silence_carries_the_buttons_and_a_short_pause_does_not()
    {
        var turn = new Turn { Suggestions = "ready" };
        turn.Lines.Add(new SpokenLine("Let's rest here for a moment.", 20));
        turn.Lines.Add(new SpokenLine("Sit up straight.", 3));
        turn.Lines.Add(new SpokenLine("Say ready when you are ready."));
        var messages = Renderer.Render(turn);
        Assert.Contains("That hurts", messages[0].Suggestions);
        Assert.Empty(messages[1].Suggestions);
        Assert.Contains("That hurts", messages[2].Suggestions);
    }

    [Fact]
    public void The_speak_names_the_language_the_configured_voice_and_a_calm_rate()
    {
        var doc = Ssml.AssertValid(RenderOne(new SpokenLine("Sit up straight.")).Speak);
        Assert.Equal("en-US", doc.DocumentElement!.GetAttribute("xml:lang"));
        var voice = (XmlElement)doc.GetElementsByTagName("voice", Ssml.Namespace)[0]!;
        Assert.Equal("en-GB-SoniaNeural", voice.GetAttribute("name"));
        var prosody = (XmlElement)doc.GetElementsByTagName("prosody", Ssml.Namespace)[0]!;
        Assert.Equal("-10%", prosody.GetAttribute("rate"));
    }

    [Theory]
    [InlineData(Pace.Slow, 6.0, "-25%")]
    [InlineData(Pace.Normal, 4.0, "-10%")]
    [InlineData(Pace.Fast, 2.8, "0%")]
    public void Pace_scales_every_pause_and_the_speaking_rate(Pace pace, double seconds, string rate)
    {
        var message = RenderOne(new SpokenLine("Slide your foot.", 4), pace);
        Assert.Equal(seconds, (message.SpokenSilence + message.SilenceAfter).TotalSeconds, precision: 3);
        var doc = Ssml.AssertValid(message.Speak);
        Assert.Equal(rate, ((XmlElement)doc.GetElementsByTagName("prosody", Ssml.Namespace)[0]!).GetAttribute("rate"));
    }

    [Fact]
    public void No_single_break_is_longer_than_five_seconds_and_the_rest_becomes_silence_after()
    {
        var message = RenderOne(new SpokenLine("Take a few slow breaths.", 20), Pace.Slow);
        var doc = Ssml.AssertValid(message.Speak, maxBreakSeconds: 5);
        var breaks = doc.GetElementsByTagName("break", Ssml.Namespace);
        Assert.Equal(1, breaks.Count);
        Assert.Equal(5, Ssml.BreakSeconds((XmlElement)breaks[0]!));
        Assert.Equal(TimeSpan.FromSeconds(25), message.SilenceAfter);
    }

    [Theory]
    [InlineData(SoundCue.StartMoving)]
    [InlineData(SoundCue.ComeBack)]
    [InlineData(SoundCue.SwitchSides)]
    [InlineData(SoundCue.RestOver)]
    public void A_sound_cue_is_an_audio_element_with_a_spoken_fallback_inside(SoundCue cue)
    {
        var doc = Ssml.AssertValid(RenderOne(new SpokenLine("Now come back.", 3, cue)).Speak);
        var audio = (XmlElement)doc.GetElementsByTagName("audio", Ssml.Namespace)[0]!;
        Assert.Equal("https://bot.example/cues/" + CueNames.FileOf(cue), audio.GetAttribute("src"));
        Assert.Equal(BotHarness.Script.Cues[cue], audio.InnerText);
    }

    [Fact]
    public void The_cue_sounds_are_distinct_short_wav_files()
    {
        var files = CueNames.ByName.Values.Select(CueSounds.WavFile).ToList();
        Assert.Equal(files.Count, files.Select(Convert.ToBase64String).Distinct().Count());
        foreach (var file in files)
        {
            var (samples, rate) = Wav.Decode(file);
            Assert.Equal(CueSounds.SampleRate, rate);
            Assert.InRange(samples.Length / (double)rate, 0.3, 1.0);
        }
    }

    [Fact]
    public void Without_a_cue_address_only_the_spoken_fallback_is_said()
    {
        var renderer = new SsmlRenderer(BotHarness.Script, new SpeechOptions());
        var turn = new Turn();
        turn.Lines.Add(new SpokenLine("Now come back.", 3, SoundCue.ComeBack));
        var doc = Ssml.AssertValid(renderer.Render(turn)[0].Speak);
        Assert.Equal(0, doc.GetElementsByTagName("audio", Ssml.Namespace).Count);
        Assert.StartsWith(BotHarness.Script.Cues[SoundCue.ComeBack], doc.DocumentElement!.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_word_of_the_script_is_plain_text_for_screen_readers()
    {
        var s = BotHarness.Script;
        var all = s.Steps.Values.SelectMany(x => x.Say.Select(l => l.Text))
            .Concat(s.Phrases.Values).Concat(s.Summary.Values).Concat(s.Answers.Values.SelectMany(a => a))
            .Concat(s.Suggestions.Values.SelectMany(a => a)).Concat(s.Cues.Values);
        foreach (var text in all)
        {
            Assert.DoesNotMatch(@"[*_`#<>\[\]|~]|https?://", text);
            Assert.DoesNotContain(text, c => char.IsSurrogate(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.OtherSymbol);
        }
    }
}
