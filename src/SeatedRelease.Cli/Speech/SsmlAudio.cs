using System.Xml;
using SeatedRelease.Practice.Rendering;
using SeatedRelease.Practice.Script;

namespace SeatedRelease.Cli.Speech;

/// <summary>Renders one SSML speak to samples: text through espeak-ng, breaks as silence, audio as the cue tones.</summary>
internal sealed class SsmlAudio(Espeak espeak)
{
    /// <summary>Rendered samples, the silence of the breaks among them, and each run of words with how long espeak-ng took to say it.</summary>
    public sealed record Result(short[] Samples, TimeSpan Silence, IReadOnlyList<Words> Spoken);

    /// <summary>A run of words said at one rate (words per minute) and how long it lasted.</summary>
    public sealed record Words(string Text, int WordsPerMinute, TimeSpan Length);

    public async Task<Result> RenderAsync(string speak, CancellationToken cancellationToken)
    {
        var doc = new XmlDocument();
        doc.LoadXml(speak);
        var samples = new List<short>();
        var silence = TimeSpan.Zero;
        var text = new System.Text.StringBuilder();
        var rate = Espeak.WordsPerMinute(null);
        var spoken = new List<Words>();

        async Task FlushAsync()
        {
            if (text.ToString().Trim() is { Length: > 0 } words)
            {
                var said = await espeak.SynthesizeAsync(words, rate, cancellationToken);
                samples.AddRange(said);
                spoken.Add(new Words(words, rate, TimeSpan.FromSeconds((double)said.Length / espeak.SampleRate)));
            }
            text.Clear();
        }

        async Task WalkAsync(XmlNode node)
        {
            foreach (XmlNode child in node.ChildNodes)
            {
                switch (child)
                {
                    case XmlText t:
                        text.Append(t.Value).Append(' ');
                        break;
                    case XmlElement { LocalName: "break" } b:
                        await FlushAsync();
                        var ms = int.Parse(b.GetAttribute("time").TrimEnd('s', 'm'), System.Globalization.CultureInfo.InvariantCulture);
                        samples.AddRange(new short[espeak.SampleRate * ms / 1000]);
                        silence += TimeSpan.FromMilliseconds(ms);
                        break;
                    case XmlElement { LocalName: "audio" } a:
                        await FlushAsync();
                        var file = Path.GetFileName(new Uri(a.GetAttribute("src"), UriKind.RelativeOrAbsolute).IsAbsoluteUri ? new Uri(a.GetAttribute("src")).AbsolutePath : a.GetAttribute("src"));
                        var cue = CueNames.ByName.Values.FirstOrDefault(c => CueNames.FileOf(c) == file);
                        if (cue != SoundCue.None) samples.AddRange(CueSounds.Samples(cue));
                        else await WalkAsync(a); // an unknown sound: say the fallback, as a speech engine would
                        break;
                    case XmlElement { LocalName: "prosody" } p:
                        rate = Espeak.WordsPerMinute(p.GetAttribute("rate"));
                        await WalkAsync(p);
                        break;
                    case XmlElement e:
                        await WalkAsync(e);
                        break;
                }
            }
        }

        await WalkAsync(doc.DocumentElement!);
        await FlushAsync();
        return new Result([.. samples], silence, spoken);
    }
}
