using System.Xml;

namespace SeatedRelease.Tests.Support;

/// <summary>Checks that a speak string is well-formed SSML 1.0 of the shape the bot promises.</summary>
internal static class Ssml
{
    public const string Namespace = "http://www.w3.org/2001/10/synthesis";
    private static readonly HashSet<string> Allowed = ["speak", "voice", "prosody", "break", "audio", "emphasis", "s", "p"];

    public static XmlDocument AssertValid(string? speak, double maxBreakSeconds = 5)
    {
        Assert.False(string.IsNullOrWhiteSpace(speak), "a message has no speak");
        var doc = new XmlDocument();
        try
        {
            doc.LoadXml(speak!);
        }
        catch (XmlException e)
        {
            Assert.Fail($"speak is not well-formed XML ({e.Message}): {speak}");
        }
        var root = doc.DocumentElement!;
        Assert.Equal("speak", root.LocalName);
        Assert.Equal(Namespace, root.NamespaceURI);
        Assert.Equal("1.0", root.GetAttribute("version"));
        Assert.False(string.IsNullOrEmpty(root.GetAttribute("xml:lang")), "speak has no xml:lang");
        foreach (XmlElement e in doc.GetElementsByTagName("*"))
        {
            Assert.True(Allowed.Contains(e.LocalName), $"unexpected element <{e.LocalName}> in {speak}");
            Assert.Equal(Namespace, e.NamespaceURI);
            if (e.LocalName == "break")
            {
                Assert.True(BreakSeconds(e) <= maxBreakSeconds, $"a break longer than {maxBreakSeconds}s: {speak}");
            }
        }
        return doc;
    }

    public static double BreakSeconds(XmlElement breakElement)
    {
        var time = breakElement.GetAttribute("time");
        Assert.Matches(@"^\d+ms$", time);
        return int.Parse(time[..^2], System.Globalization.CultureInfo.InvariantCulture) / 1000.0;
    }

    /// <summary>The words a speech engine would say, without markup.</summary>
    public static string SpokenText(string speak) => AssertValid(speak).DocumentElement!.InnerText;
}
