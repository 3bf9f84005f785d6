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
    // Cue files are named in the SSML by URL; any base works because only the file name is read back.
    private const string CueBase = "https://cues.invalid/";
    private const int MaxTurns = 200;

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
        var renderer = new SsmlRenderer(engine.Script, new SpeechOptions { CueBaseUrl = CueBase });
        var audio = new SsmlAudio(espeak);
        var state = new PracticeState { Pace = pace };
        var samples = new List<short>();
        var steps = new List<(string Step, TimeSpan Length)>();
        var breaks = TimeSpan.Zero;
        var delays = TimeSpan.Zero;
        var movementSilences = new List<TimeSpan>();

        var turn = await engine.StartAsync(state, cancellationToken);
        foreach (var answer in HappyPath())
        {
            var start = samples.Count;
            foreach (var message in renderer.Render(turn))
            {
                var rendered = await audio.RenderAsync(message.Speak, cancellationToken);
                samples.AddRange(rendered.Samples);
                samples.AddRange(new short[(int)(espeak.SampleRate * message.SilenceAfter.TotalSeconds)]);
                breaks += rendered.Silence;
                delays += message.SilenceAfter;
                if (message.Move) movementSilences.Add(message.SpokenSilence + message.SilenceAfter);
            }
            steps.Add((Describe(engine.Script, state), Seconds(samples.Count - start, espeak.SampleRate)));
            if (turn.Ended || steps.Count >= MaxTurns) break;
            turn = await engine.ReplyAsync(state, answer, cancellationToken);
        }

        await File.WriteAllBytesAsync(outFile, Wav.Encode(samples.ToArray(), espeak.SampleRate), cancellationToken);
        var total = Seconds(samples.Count, espeak.SampleRate);
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
        foreach (var (step, length) in steps)
        {
            await output.WriteLineAsync(string.Create(inv, $"  {step,-28} {length.TotalSeconds,7:F1} s"));
        }
        return 0;
    }

    private static IEnumerable<string> HappyPath()
    {
        yield return "no";
        yield return "carpet";
        while (true) yield return "ready";
    }

    private static string Describe(PracticeScript script, PracticeState state) =>
        state.Ended ? "closing"
        : script.Step(state.StepId!).Rep ? $"{state.StepId} ({script.Legs[state.Leg]} {state.Rep})"
        : script.Step(state.StepId!).Enough is not null ? $"{state.StepId} ({script.Legs[state.Leg]})"
        : state.StepId!;

    private static TimeSpan Seconds(int samples, int rate) => TimeSpan.FromSeconds((double)samples / rate);

    // Counted in 50 ms windows whose peak stays under about -40 dBFS: what a listener hears as silence.
    private static TimeSpan QuietTime(List<short> samples, int rate)
    {
        var window = rate / 20;
        var quietWindows = 0;
        for (var start = 0; start + window <= samples.Count; start += window)
        {
            var peak = 0;
            for (var i = start; i < start + window; i++) peak = Math.Max(peak, Math.Abs((int)samples[i]));
            if (peak < 330) quietWindows++;
        }
        return TimeSpan.FromSeconds(quietWindows * 0.05);
    }
}
