using System.Globalization;
using Newtonsoft.Json.Linq;
using SeatedRelease.Cli.Speech;
using SeatedRelease.Practice.Engine;

namespace SeatedRelease.Tests.Browser;

/// <summary>
/// A whole practice on the page with Voice on, answered as `listen` answers it: the session a listener
/// hears lasts as long as the one `listen` renders with espeak-ng (within 10%), and the page opens the
/// microphone after each question is spoken and never while a cue or a rest is under way.
/// </summary>
/// <remarks>
/// Nothing is scaled, but the page runs on Playwright's fake clock: its timers (its pauses, the stand-in
/// voice's speaking time) fire as the driver moves that clock on, and every time compared is read on it,
/// so a practice of some fourteen minutes plays in a minute or two. The host skips its delays and keeps
/// them as the gaps between the lines' timestamps, so the page alone must keep every silence. The page's
/// voice is the stand-in speech engine, told to speak at espeak-ng's own average pace for this script,
/// measured here; the comparison is then of what the page controls (which lines are said, the pauses
/// after them, the rests), not of two voices' speeds.
/// </remarks>
[Trait("Category", "OutOfProcess")]
[Collection(BrowserSetup.Collection)]
public sealed class PracticeSessionTests
{
    // The issue's bound: a listener hears the session `listen` renders, within 10% of its length.
    private const double LengthTolerance = 0.10;
    private const int NormalWordsPerMinute = 175;

    // Each turn's silence (its SSML breaks, the pauses after its lines, the host's longer rests) as the
    // page keeps it, against listen's for the same turn: within 10% of listen's or 1 s, whichever is
    // larger. Measured, the page's silence ran over listen's by 0 to 261 ms a turn, most under 20 ms
    // (a few ms a line, as the page hands one line to the next), so 1 s leaves room. No turn is allowed
    // more than 3.3 s (10% of the longest, 33 s), under the 5 s of the shortest rest the host keeps
    // beyond a break (a pause of 10 s is 5 s of break and 5 s of the host's delay): a rest the page
    // drops fails here, though the 25 s of them in all stay within the whole session's 10%. Speech is
    // not compared turn by turn: the stand-in voice's pace is espeak-ng's average for the whole script,
    // and a turn's words may run a few seconds either side of espeak-ng's for that turn.
    private const double SilenceTolerance = 0.10;
    private static readonly TimeSpan SilenceFloor = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task A_whole_practice_with_voice_on_lasts_as_listen_renders_it_and_opens_the_microphone_only_after_questions()
    {
        var cancellationToken = CancellationToken.None;
        await BrowserSetup.EnsureInstalledAsync(cancellationToken);
        var espeak = Espeak.Find();
        Assert.True(espeak is not null, Espeak.InstallHint);
        var engine = await PracticeLoader.LoadAsync(null, TimeProvider.System, cancellationToken);
        var listen = await ListenSession.RenderAsync(engine, Pace.Normal, espeak, cancellationToken);

        var planPath = Path.Combine(BrowserSetup.Results, "session-plan.json");
        Directory.CreateDirectory(BrowserSetup.Results);
        await File.WriteAllTextAsync(planPath, Plan(listen).ToString(), cancellationToken);

        using var host = new PracticePageHost(skipWaits: true);
        var (report, exitCode) = await BrowserSetup.RunDriverAsync(
            "practice-session.mjs", host.Address, Path.Combine(BrowserSetup.Results, "session-report.json"), Path.Combine(BrowserSetup.Results, "session"),
            [planPath], TimeSpan.FromMinutes(8), cancellationToken);
        Assert.True(report["error"] is null, $"The practice on the page stopped: {report["error"]}\nLast shown: {report["lastShown"]}\nLast sent: {report["lastWire"]}");
        Assert.Equal(0, exitCode);
        Assert.Empty((JArray)report["pageErrors"]!);

        // The same answers led through the same turns.
        var turns = ((JArray)report["turns"]!).Cast<JObject>().ToList();
        Assert.Equal(listen.Turns.Count, turns.Count);
        for (var i = 0; i < turns.Count; i++)
        {
            Assert.Equal(listen.Turns[i].Messages.Select(m => m.Rendered.Text), ((JArray)turns[i]["lines"]!).Select(t => (string)t!));
        }

        // As long as `listen`, within 10%.
        var pageMs = (double)report["sessionMs"]!;
        var listenMs = listen.Length.TotalMilliseconds;
        var ratio = pageMs / listenMs;
        Assert.True(Math.Abs(ratio - 1) <= LengthTolerance,
            string.Create(CultureInfo.InvariantCulture, $"The page's session lasted {pageMs / 1000:F1} s, listen's {listenMs / 1000:F1} s (ratio {ratio:F3})"));

        // Each turn keeps the silences listen keeps. The closing turn has no microphone to end it: its end
        // is its last words and the pause its SSML keeps after them, so only the silences between its
        // lines are measured there (listen has none) and its trailing pause is read, not timed.
        var silenceOff = new List<string>();
        for (var i = 0; i < turns.Count; i++)
        {
            var pageSilence = TimeSpan.FromMilliseconds((double)turns[i]["pageMs"]! - (double)turns[i]["pageSpokenMs"]!);
            var listenSilence = listen.Turns[i].Messages.Aggregate(TimeSpan.Zero, (sum, m) => sum + m.Breaks + m.Rendered.SilenceAfter);
            var allowed = TimeSpan.FromTicks(Math.Max((long)(listenSilence.Ticks * SilenceTolerance), SilenceFloor.Ticks));
            if ((pageSilence - listenSilence).Duration() > allowed)
            {
                silenceOff.Add(string.Create(CultureInfo.InvariantCulture,
                    $"turn {i} ({listen.Turns[i].Step}): the page kept {pageSilence.TotalSeconds:F1} s of silence, listen {listenSilence.TotalSeconds:F1} s (allowed {allowed.TotalSeconds:F1} s either way)"));
            }
        }
        Assert.True(silenceOff.Count == 0, "The page's silences differ from listen's in " + string.Join("; ", silenceOff));

        // The microphone opens once after each question, when it has been said, and never during a turn.
        foreach (var turn in turns.Take(turns.Count - 1))
        {
            var opens = (JArray)turn["micOpens"]!;
            Assert.True(opens.Count == 1, $"The microphone opened {opens.Count} times at the end of {turn["lines"]!.Last}");
            Assert.Equal("expectingInput", (string?)opens[0]["afterInputHint"]);
            Assert.False((bool)opens[0]["whileSpeaking"]!, $"The microphone opened while the page was speaking: {turn}");
            Assert.True((double?)opens[0]["afterLastWordsMs"] >= 0, $"The microphone opened before the question was said: {turn}");
            Assert.Empty((JArray)turn["micOpensDuring"]!);
        }
        Assert.Empty((JArray)turns[^1]["micOpens"]!);
    }

    private static JObject Plan(ListenSession listen)
    {
        // espeak-ng's pace for this script, in ms a character at the normal rate: what the stand-in voice is told.
        var words = listen.Turns.SelectMany(t => t.Messages).SelectMany(m => m.Words).ToList();
        var msAtNormalRate = words.Sum(w => w.Length.TotalMilliseconds * w.WordsPerMinute / NormalWordsPerMinute);
        var characters = words.Sum(w => string.Join(' ', w.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Length);
        return new JObject
        {
            ["msPerChar"] = Math.Round(msAtNormalRate / characters, 2),
            ["listenMs"] = Math.Round(listen.Length.TotalMilliseconds),
            ["turns"] = new JArray(listen.Turns.Select(t => new JObject
            {
                ["answer"] = t.Answer,
                ["step"] = t.Step,
                ["lengthMs"] = Math.Round(t.Length.TotalMilliseconds),
                ["spokenMs"] = Math.Round(t.Messages.Sum(m => (m.Sound - m.Breaks).TotalMilliseconds)),
                ["lines"] = new JArray(t.Messages.Select(m => m.Rendered.Text)),
            })),
        };
    }
}
