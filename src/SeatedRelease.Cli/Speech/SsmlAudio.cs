using System.Xml;
using SeatedRelease.Practice.Rendering;
using SeatedRelease.Practice.Script;

namespace SeatedRelease.Cli.Speech;

/// <summary>Renders one SSML speak to samples: text through espeak-ng, breaks as silence, audio as the cue tones.</summary>
internal sealed class SsmlAudio(Espeak espeak)
{
    public sealed record Result(short[] Samples, TimeSpan Silence);

    public async Task<Result> RenderAsync(string speak, CancellationToken cancellationToken)
    {
        var doc = new XmlDocument();
        doc.LoadXml(speak);
        var samples = new List<short>();
        var silence = TimeSpan.Zero;
        var text = new System.Text.StringBuilder();
        var rate = Espeak.WordsPerMinute(null);

        async Task FlushAsync()
        {
            if (text.ToString().Trim() is { Length: > 0 } words)
            {
                samples.AddRange(await espeak.SynthesizeAsync(words, rate, cancellationToken));
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
        return new Result([.. samples], silence);
    }
}
