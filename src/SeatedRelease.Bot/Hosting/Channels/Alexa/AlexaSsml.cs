using System.Globalization;
using System.Text;
using System.Xml;
using SeatedRelease.Practice.Rendering;
using SeatedRelease.Practice.Script;

namespace SeatedRelease.Bot.Alexa;

/// <summary>
/// Fits the renderer's SSML to Alexa's dialect and limits. Alexa speaks only its own elements (speak, break,
/// prosody, p, s, say-as, emphasis, sub and the amazon: tags), has no Azure voice, plays only https MP3, caps one
/// break at 10 s, and refuses a response over 8,000 characters of SSML or 240 s of audio.
/// </summary>
public sealed class AlexaSsml(AlexaOptions options)
{
    /// <summary>Longest SSML Alexa accepts in one output speech.</summary>
    public const int MaxChars = 8000;

    /// <summary>Longest single break Alexa honours.</summary>
    public static readonly TimeSpan MaxBreak = TimeSpan.FromSeconds(10);

    /// <summary>Most silence and sound one response may hold.</summary>
    public static readonly TimeSpan MaxAudio = TimeSpan.FromSeconds(240);

    /// <summary>Most audio files Alexa plays in one response.</summary>
    public const int MaxAudioFiles = 5;

    // Budgeted per cue so that silence and sound together stay inside the limit; the cues are under a second.
    private static readonly TimeSpan CueAllowance = TimeSpan.FromSeconds(2);

    private static readonly HashSet<string> Kept = new(StringComparer.Ordinal) { "p", "s", "say-as", "emphasis", "sub" };

    private static readonly XmlReaderSettings ReaderSettings = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };

    /// <summary>The whole turn as one Alexa speech: every line, its silences as breaks of at most 10 s, inside the limits.</summary>
    public string Speech(IReadOnlyList<RenderedMessage> messages)
    {
        var scale = 1.0;
        var first = Compose(messages, scale, withBreaks: true, withCues: true, out var silence, out var cues);
        var room = MaxAudio - cues * CueAllowance;
        var text = first;
        if (silence > room)
        {
            // Shorter rests, in proportion, rather than a response Alexa refuses.
            scale = Math.Max(0, room / silence);
            text = Compose(messages, scale, withBreaks: true, withCues: true, out _, out _);
        }
        return text.Length <= MaxChars ? text : Plain(messages.Select(m => m.Text).ToList());
    }

    /// <summary>The prompt said again when the listener says nothing: the last line, without its silence or cue.</summary>
    public string Reprompt(RenderedMessage prompt)
    {
        var text = Compose([prompt], 1, withBreaks: false, withCues: false, out _, out _);
        return text.Length <= MaxChars ? text : Plain([prompt.Text]);
    }

    private string Compose(IReadOnlyList<RenderedMessage> messages, double scale, bool withBreaks, bool withCues, out TimeSpan silence, out int cues)
    {
        var sb = new StringBuilder(512);
        var state = new Walk(sb, scale, withBreaks, withCues);
        sb.Append("<speak>");
        for (var i = 0; i < messages.Count; i++)
        {
            if (i > 0)
            {
                state.Flush();
                sb.Append(' ');
            }
            var mark = sb.Length;
            var silenceBefore = state.Silence;
            var cuesBefore = state.Cues;
            var pendingBefore = state.Pending;
            if (!TryAdapt(messages[i].Speak, state))
            {
                // Not well-formed (never from this host's renderer): the plain text alone is always safe.
                sb.Length = mark;
                state.Silence = silenceBefore;
                state.Cues = cuesBefore;
                state.Pending = pendingBefore;
                sb.Append(Xml.Escape(messages[i].Text));
            }
            if (withBreaks) state.AddBreaks(messages[i].SilenceAfter);
        }
        state.Flush();
        sb.Append("</speak>");
        silence = state.Silence;
        cues = state.Cues;
        return sb.ToString();
    }

    private bool TryAdapt(string ssml, Walk walk)
    {
        var open = new Stack<string?>();
        try
        {
            using var reader = XmlReader.Create(new StringReader(ssml), ReaderSettings);
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        if (reader.LocalName != "break") walk.Flush();
                        var empty = reader.IsEmptyElement;
                        var written = Element(reader, walk);
                        if (written == Skipped) continue;
                        if (!empty) open.Push(written);
                        else if (written is not null) walk.Out.Append("/>");
                        break;
                    case XmlNodeType.EndElement:
                        if (open.TryPop(out var name) && name is not null) walk.Out.Append("</").Append(name).Append('>');
                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                        walk.Flush();
                        walk.Out.Append(Xml.Escape(reader.Value));
                        break;
                }
            }
            return open.Count == 0;
        }
        catch (XmlException)
        {
            return false;
        }
    }

    private const string Skipped = "\0";

    // Writes the start of an element Alexa knows and returns its name; null unwraps it (its content stays).
    private string? Element(XmlReader reader, Walk walk)
    {
        var name = reader.LocalName;
        if (reader.Prefix == "amazon")
        {
            walk.Out.Append('<').Append(reader.Name);
            CopyAttributes(reader, walk.Out);
            if (!reader.IsEmptyElement) walk.Out.Append('>');
            return reader.Name;
        }
        switch (name)
        {
            case "break":
                if (walk.WithBreaks) walk.AddBreaks(BreakTime(reader.GetAttribute("time")));
                return reader.IsEmptyElement ? Skipped : null;
            case "audio":
                var src = reader.GetAttribute("src");
                if (walk.WithCues && walk.Cues < MaxAudioFiles && Playable(src) is { } url)
                {
                    walk.Out.Append("<audio src=\"").Append(Xml.Escape(url)).Append("\"/>");
                    walk.Cues++;
                    // The element's content is its spoken fallback, not wanted once the sound plays.
                    if (!reader.IsEmptyElement) reader.Skip();
                    return Skipped;
                }
                if (!walk.WithCues && !reader.IsEmptyElement)
                {
                    reader.Skip();
                    return Skipped;
                }
                return reader.IsEmptyElement ? Skipped : null;
            case "prosody":
                walk.Out.Append("<prosody");
                if (Rate(reader.GetAttribute("rate")) is { } rate) walk.Out.Append(" rate=\"").Append(rate).Append('"');
                if (reader.GetAttribute("pitch") is { } pitch) walk.Out.Append(" pitch=\"").Append(Xml.Escape(pitch)).Append('"');
                if (reader.GetAttribute("volume") is { } volume) walk.Out.Append(" volume=\"").Append(Xml.Escape(volume)).Append('"');
                if (!reader.IsEmptyElement) walk.Out.Append('>');
                return "prosody";
            default:
                if (!Kept.Contains(name)) return reader.IsEmptyElement ? Skipped : null;
                walk.Out.Append('<').Append(name);
                CopyAttributes(reader, walk.Out);
                if (!reader.IsEmptyElement) walk.Out.Append('>');
                return name;
        }
    }

    private static void CopyAttributes(XmlReader reader, StringBuilder sb)
    {
        if (!reader.MoveToFirstAttribute()) return;
        do
        {
            if (reader.Prefix == "xmlns" || reader.Name == "xmlns") continue;
            sb.Append(' ').Append(reader.Name).Append("=\"").Append(Xml.Escape(reader.Value)).Append('"');
        }
        while (reader.MoveToNextAttribute());
        reader.MoveToElement();
    }

    // Alexa plays only https MP3 (48 kbps, 16 to 24 kHz). The host's own cues are WAV: when an address of
    // MP3 copies is configured, a cue is played from there instead.
    private string? Playable(string? src)
    {
        if (src is null || !Uri.TryCreate(src, UriKind.Absolute, out var uri)) return null;
        var stem = Path.GetFileNameWithoutExtension(uri.AbsolutePath);
        if (options.CueBaseUrl.Length > 0 && CueNames.ByName.ContainsKey(stem))
        {
            if (!Uri.TryCreate(options.CueBaseUrl.TrimEnd('/') + "/" + stem + ".mp3", UriKind.Absolute, out uri)) return null;
        }
        return uri.Scheme == Uri.UriSchemeHttps && uri.AbsolutePath.EndsWith(".mp3", StringComparison.OrdinalIgnoreCase) ? uri.AbsoluteUri : null;
    }

    // Azure's rate is relative ("-10%"); Alexa's percentage is of the normal rate, at least 20%.
    private static string? Rate(string? rate)
    {
        if (rate is null) return null;
        if (rate is "x-slow" or "slow" or "medium" or "fast" or "x-fast") return rate;
        if (!rate.EndsWith('%')) return null;
        if (!double.TryParse(rate[..^1], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var change)) return null;
        return Math.Max(20, Math.Round(100 + change)).ToString(CultureInfo.InvariantCulture) + "%";
    }

    private static TimeSpan BreakTime(string? time)
    {
        if (time is null) return TimeSpan.Zero;
        var ms = time.EndsWith("ms", StringComparison.Ordinal);
        var number = ms ? time[..^2] : time.EndsWith('s') ? time[..^1] : time;
        if (!double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)) return TimeSpan.Zero;
        return ms ? TimeSpan.FromMilliseconds(value) : TimeSpan.FromSeconds(value);
    }

    // The spoken text alone, each line cut in turn (the longest first) until the whole fits.
    private static string Plain(List<string> lines)
    {
        const int Overhead = 15 + 4; // <speak></speak> and a "… " per line at most
        var pieces = lines.Select(Xml.Escape).ToList();
        var budget = MaxChars - Overhead - pieces.Count * 2;
        while (pieces.Sum(p => p.Length) > budget)
        {
            var longest = 0;
            for (var i = 1; i < pieces.Count; i++) if (pieces[i].Length > pieces[longest].Length) longest = i;
            var over = pieces.Sum(p => p.Length) - budget;
            var cut = Cut(pieces[longest], Math.Max(0, pieces[longest].Length - Math.Max(over, pieces[longest].Length / 4)));
            pieces[longest] = cut.Length < pieces[longest].Length ? cut : "";
        }
        return "<speak>" + string.Join(' ', pieces) + "</speak>";
    }

    // Cuts escaped text at a word where one is near, never inside an entity or a surrogate pair.
    private static string Cut(string escaped, int length)
    {
        if (length <= 0) return "";
        var at = length;
        var amp = escaped.LastIndexOf('&', at - 1);
        if (amp >= 0 && escaped.IndexOf(';', amp) is var semi && semi >= at) at = amp;
        if (at > 0 && char.IsHighSurrogate(escaped[at - 1])) at--;
        var space = escaped.LastIndexOf(' ', Math.Max(0, at - 1));
        if (space > at - 40 && space > 0) at = space;
        return escaped[..at] + "…";
    }

    private sealed class Walk(StringBuilder output, double scale, bool withBreaks, bool withCues)
    {
        public StringBuilder Out { get; } = output;
        public bool WithBreaks { get; } = withBreaks;
        public bool WithCues { get; } = withCues;
        public TimeSpan Silence { get; set; }
        public int Cues { get; set; }
        public TimeSpan Pending { get; set; }

        // Silences that meet (a line's own break, then the rest of its pause) are one pause: gathered until something
        // is said, then written as breaks of at most 10 s.
        public void AddBreaks(TimeSpan pause)
        {
            if (pause <= TimeSpan.Zero) return;
            Silence += pause;
            Pending += pause;
        }

        public void Flush()
        {
            var left = (long)Math.Round(Pending.TotalMilliseconds * scale);
            Pending = TimeSpan.Zero;
            var most = (long)MaxBreak.TotalMilliseconds;
            while (left > 0)
            {
                var one = Math.Min(left, most);
                Out.Append("<break time=\"").Append(one.ToString(CultureInfo.InvariantCulture)).Append("ms\"/>");
                left -= one;
            }
        }
    }
}
