using System.Globalization;
using System.Xml;
using SeatedRelease.Bot.Alexa;

namespace SeatedRelease.Tests.Alexa;

/// <summary>Checks a response's SSML against what Alexa accepts, and reads it back as text.</summary>
internal static class AlexaSpeech
{
    private static readonly HashSet<string> Allowed = ["speak", "break", "prosody", "p", "s", "say-as", "emphasis", "sub", "audio"];

    public static XmlDocument AssertValid(string? ssml)
    {
        Assert.False(string.IsNullOrWhiteSpace(ssml), "no speech");
        Assert.True(ssml!.Length <= AlexaSsml.MaxChars, $"speech is {ssml.Length} characters");
        var doc = new XmlDocument();
        doc.LoadXml(ssml);
        Assert.Equal("speak", doc.DocumentElement!.Name);
        var silence = TimeSpan.Zero;
        var audio = 0;
        foreach (XmlElement e in doc.GetElementsByTagName("*"))
        {
            Assert.True(Allowed.Contains(e.Name) || e.Name.StartsWith("amazon:", StringComparison.Ordinal), $"<{e.Name}> is not Alexa SSML: {ssml}");
            if (e.Name == "break")
            {
                var time = e.GetAttribute("time");
                Assert.EndsWith("ms", time);
                var ms = int.Parse(time[..^2], CultureInfo.InvariantCulture);
                Assert.InRange(ms, 1, 10_000);
                silence += TimeSpan.FromMilliseconds(ms);
            }
            if (e.Name == "audio")
            {
                audio++;
                var src = new Uri(e.GetAttribute("src"));
                Assert.Equal("https", src.Scheme);
                Assert.EndsWith(".mp3", src.AbsolutePath);
            }
            if (e.Name == "prosody" && e.GetAttribute("rate") is { Length: > 0 } rate)
            {
                Assert.Matches("^[0-9]+%$|^(x-slow|slow|medium|fast|x-fast)$", rate);
            }
        }
        Assert.InRange(audio, 0, AlexaSsml.MaxAudioFiles);
        Assert.True(silence <= AlexaSsml.MaxAudio, $"{silence} of silence");
        return doc;
    }

    /// <summary>The breaks of a speech, in order, in milliseconds.</summary>
    public static List<int> Breaks(string? ssml)
    {
        var doc = new XmlDocument();
        doc.LoadXml(ssml!);
        return doc.GetElementsByTagName("break").Cast<XmlElement>()
            .Select(e => int.Parse(e.GetAttribute("time")[..^2], CultureInfo.InvariantCulture)).ToList();
    }

    public static string PlainText(string? ssml)
    {
        if (ssml is null) return "";
        var doc = new XmlDocument();
        doc.LoadXml(ssml);
        return doc.DocumentElement!.InnerText;
    }
}
