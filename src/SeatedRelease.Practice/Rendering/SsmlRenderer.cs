using System.Globalization;
using System.Text;
using SeatedRelease.Practice.Engine;
using SeatedRelease.Practice.Script;

namespace SeatedRelease.Practice.Rendering;

/// <summary>Turns a turn's lines into messages with plain text, SSML speech, input hints and suggestions.</summary>
public sealed class SsmlRenderer(PracticeScript script, SpeechOptions options)
{
    private const string SsmlNamespace = "http://www.w3.org/2001/10/synthesis";

    /// <summary>Renders every line of the turn as its own short message.</summary>
    public IReadOnlyList<RenderedMessage> Render(Turn turn)
    {
        var messages = new List<RenderedMessage>(turn.Lines.Count);
        for (var i = 0; i < turn.Lines.Count; i++)
        {
            var last = i == turn.Lines.Count - 1;
            var line = turn.Lines[i];
            var pause = TimeSpan.FromSeconds(line.PauseSeconds * options.PauseScale(turn.Pace));
            var inSsml = TimeSpan.FromSeconds(Math.Min(pause.TotalSeconds, options.MaxBreakSeconds));
            // A long silence (a rest) is a wait like a prompt: the buttons are there during it, "That hurts" first of all.
            var buttons = last || pause > inSsml;
            messages.Add(new RenderedMessage(
                line.Text,
                Speak(line, inSsml, turn.Pace),
                // A line before the last never closes the microphone: "that hurts" must be heard during a cue.
                last && !turn.Ended ? InputHint.ExpectingInput : InputHint.AcceptingInput,
                buttons ? script.Suggestions[turn.Suggestions] : [],
                pause - inSsml,
                inSsml,
                line.Move));
        }
        return messages;
    }

    /// <summary>The SSML document for one line.</summary>
    public string Speak(SpokenLine line, TimeSpan breakAfter, Pace pace)
    {
        var opening = Opening(pace);
        var cue = line.Cue == SoundCue.None ? "" : CueMarkup(line.Cue);
        var text = Xml.Escape(line.Text);
        var pauseAfter = breakAfter > TimeSpan.Zero
            ? "<break time=\"" + ((int)Math.Round(breakAfter.TotalMilliseconds)).ToString(CultureInfo.InvariantCulture) + "ms\"/>"
            : "";
        return string.Concat(opening, cue, text, pauseAfter + Closing);
    }

    private const string Closing = "</prosody></voice></speak>";

    // The document's opening depends only on the pace, and every line of every turn starts with it.
    private readonly string?[] _openings = new string?[Enum.GetValues<Pace>().Length];

    private string Opening(Pace pace)
    {
        var i = (int)pace;
        if ((uint)i >= (uint)_openings.Length) return BuildOpening(pace);
        return _openings[i] ??= BuildOpening(pace);
    }

    private string BuildOpening(Pace pace) =>
        new StringBuilder(192)
            .Append("<speak version=\"1.0\" xmlns=\"").Append(SsmlNamespace).Append("\" xml:lang=\"").Append(Xml.Escape(script.Language)).Append("\">")
            .Append("<voice name=\"").Append(Xml.Escape(options.Voice)).Append("\">")
            .Append("<prosody rate=\"").Append(options.Rate(pace)).Append("\">")
            .ToString();

    private string CueMarkup(SoundCue cue)
    {
        var fallback = Xml.Escape(script.Cues[cue]);
        var sound = options.CueBaseUrl.Length > 0
            ? "<audio src=\"" + Xml.Escape(options.CueBaseUrl.TrimEnd('/') + "/" + CueNames.FileOf(cue)) + "\">" + fallback + "</audio>"
            : fallback;
        return sound + "<break time=\"500ms\"/>";
    }
}
