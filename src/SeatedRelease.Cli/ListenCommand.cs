using System.Globalization;
using SeatedRelease.Cli.Speech;
using SeatedRelease.Practice.Engine;
using SeatedRelease.Practice.Rendering;
using SeatedRelease.Practice.Script;

namespace SeatedRelease.Cli;

/// <summary>
/// `listen [--pace slow|normal|fast] [--out FILE]`: plays a scripted happy path through the engine, renders every
/// speak with espeak-ng into one WAV file, and reports how long the session lasts and how much of it is silence.
/// </summary>
internal static class ListenCommand
{
    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var pace = Pace.Normal;
        var outFile = "session.wav";
        string? dialogs = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--pace" when i + 1 < args.Length && CliEngine.TryParsePace(args[i + 1], out var p):
                    pace = p;
                    i++;
                    break;
                case "--out" when i + 1 < args.Length:
                    outFile = args[++i];
                    break;
                case "--dialogs" when i + 1 < args.Length:
                    dialogs = args[++i];
                    break;
                default:
                    await error.WriteLineAsync("usage: listen [--pace slow|normal|fast] [--out FILE] [--dialogs FOLDER]");
                    return 2;
            }
        }
        var espeak = Espeak.Find();
        if (espeak is null)
        {
            await error.WriteLineAsync(Espeak.InstallHint);
            return 3;
        }

        if (await CliEngine.LoadAsync(dialogs, error, cancellationToken) is not { } engine) return 1;
        var session = await ListenSession.RenderAsync(engine, pace, espeak, cancellationToken);
        var samples = session.Samples;
        var messages = session.Turns.SelectMany(t => t.Messages).ToList();
        var breaks = messages.Aggregate(TimeSpan.Zero, (sum, m) => sum + m.Breaks);
        var delays = messages.Aggregate(TimeSpan.Zero, (sum, m) => sum + m.Rendered.SilenceAfter);
        var movementSilences = messages.Where(m => m.Rendered.Move).Select(m => m.Rendered.SpokenSilence + m.Rendered.SilenceAfter).ToList();

        await File.WriteAllBytesAsync(outFile, Wav.Encode(samples, espeak.SampleRate), cancellationToken);
        var total = session.Length;
        var quiet = QuietTime(samples, espeak.SampleRate);
        var inv = CultureInfo.InvariantCulture;
        await output.WriteLineAsync(string.Create(inv, $"pace: {pace.ToString().ToLowerInvariant()}, {engine.Script.Repetitions} repetitions a leg"));
        await output.WriteLineAsync(string.Create(inv, $"session length: {total.TotalSeconds:F1} s ({(int)total.TotalMinutes} min {total.Seconds:D2} s)"));
        await output.WriteLineAsync(string.Create(inv, $"silence: {(breaks + delays).TotalSeconds:F1} s planned ({breaks.TotalSeconds:F1} s in SSML breaks, {delays.TotalSeconds:F1} s in delays); {quiet.TotalSeconds:F1} s measured quiet"));
        if (movementSilences.Count > 0)
        {
            await output.WriteLineAsync(string.Create(inv, $"movement cues: {movementSilences.Count}, shortest silence after one: {movementSilences.Min().TotalSeconds:F1} s"));
        }
        await output.WriteLineAsync($"wav: {Path.GetFullPath(outFile)}");
        await output.WriteLineAsync("time per step:");
        foreach (var turn in session.Turns)
        {
            await output.WriteLineAsync(string.Create(inv, $"  {turn.Step,-28} {turn.Length.TotalSeconds,7:F1} s"));
        }
        return 0;
    }

    // Counted in 50 ms windows whose peak stays under about -40 dBFS: what a listener hears as silence.
    private static TimeSpan QuietTime(short[] samples, int rate)
    {
        var window = rate / 20;
        var quietWindows = 0;
        for (var start = 0; start + window <= samples.Length; start += window)
        {
            var peak = 0;
            for (var i = start; i < start + window; i++) peak = Math.Max(peak, Math.Abs((int)samples[i]));
            if (peak < 330) quietWindows++;
        }
        return TimeSpan.FromSeconds(quietWindows * 0.05);
    }
}
