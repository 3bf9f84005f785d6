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
        // Attributes are quoted with apostrophes (Xml.Escape escapes both quote marks): a double quote would be escaped
        // again in every JSON reply that carries the speech, which was most of the cost of writing a reply.
        var sb = new StringBuilder(256);
        sb.Append("<speak version='1.0' xmlns='").Append(SsmlNamespace).Append("' xml:lang='").Append(Xml.Escape(script.Language)).Append("'>");
        sb.Append("<voice name='").Append(Xml.Escape(options.Voice)).Append("'>");
        sb.Append("<prosody rate='").Append(options.Rate(pace)).Append("'>");
        if (line.Cue != SoundCue.None)
        {
            var fallback = Xml.Escape(script.Cues[line.Cue]);
            if (options.CueBaseUrl.Length > 0)
            {
                sb.Append("<audio src='").Append(Xml.Escape(options.CueBaseUrl.TrimEnd('/') + "/" + CueNames.FileOf(line.Cue))).Append("'>")
                  .Append(fallback).Append("</audio>");
            }
            else
            {
                sb.Append(fallback);
            }
            sb.Append("<break time='500ms'/>");
        }
        sb.Append(Xml.Escape(line.Text));
        if (breakAfter > TimeSpan.Zero)
        {
            sb.Append("<break time='").Append(((int)Math.Round(breakAfter.TotalMilliseconds)).ToString(CultureInfo.InvariantCulture)).Append("ms'/>");
        }
        sb.Append("</prosody></voice></speak>");
        return sb.ToString();
    }
}
