using System.Diagnostics;
using SeatedRelease.Practice.Rendering;

namespace SeatedRelease.Cli.Speech;

/// <summary>The espeak-ng speech engine, run as a process: to a WAV in memory, or aloud.</summary>
internal sealed class Espeak
{
    public const string InstallHint = "espeak-ng is not installed. Install it with: sudo apt-get install espeak-ng";
    private const int DefaultWordsPerMinute = 175;

    private readonly string _path;
    private readonly Dictionary<(string, int), short[]> _cache = [];

    private Espeak(string path) => _path = path;

    public int SampleRate { get; private set; } = CueSounds.SampleRate;

    /// <summary>Finds espeak-ng on the PATH, or returns null.</summary>
    public static Espeak? Find()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, "espeak-ng");
            if (File.Exists(candidate)) return new Espeak(candidate);
        }
        return null;
    }

    /// <summary>Words per minute for an SSML prosody rate such as "-10%".</summary>
    public static int WordsPerMinute(string? rate)
    {
        if (rate is { Length: > 1 } && rate.EndsWith('%') && double.TryParse(rate[..^1], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var pct))
        {
            return (int)Math.Round(DefaultWordsPerMinute * (1 + pct / 100));
        }
        return DefaultWordsPerMinute;
    }

    /// <summary>Synthesizes text to samples.</summary>
    public async Task<short[]> SynthesizeAsync(string text, int wordsPerMinute, CancellationToken cancellationToken)
    {
        if (_cache.TryGetValue((text, wordsPerMinute), out var cached)) return cached;
        var psi = Start(wordsPerMinute, toStdout: true);
        using var process = Process.Start(psi) ?? throw new InvalidOperationException("espeak-ng did not start");
        await process.StandardInput.WriteAsync(text.AsMemory(), cancellationToken);
        process.StandardInput.Close();
        using var wav = new MemoryStream();
        await process.StandardOutput.BaseStream.CopyToAsync(wav, cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0) throw new InvalidOperationException($"espeak-ng failed with exit code {process.ExitCode}");
        var (samples, rate) = Wav.Decode(wav.ToArray());
        SampleRate = rate;
        _cache[(text, wordsPerMinute)] = samples;
        return samples;
    }

    /// <summary>Says text aloud on the default audio device.</summary>
    public async Task SpeakAsync(string text, int wordsPerMinute, CancellationToken cancellationToken)
    {
        using var process = Process.Start(Start(wordsPerMinute, toStdout: false)) ?? throw new InvalidOperationException("espeak-ng did not start");
        await process.StandardInput.WriteAsync(text.AsMemory(), cancellationToken);
        process.StandardInput.Close();
        await process.WaitForExitAsync(cancellationToken);
    }

    private ProcessStartInfo Start(int wordsPerMinute, bool toStdout)
    {
        // Text goes through standard input so that nothing the user typed can be read as an option.
        var psi = new ProcessStartInfo(_path)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = toStdout,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { "-v", "en-us", "-s", wordsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture), "--stdin" }) psi.ArgumentList.Add(a);
        if (toStdout) psi.ArgumentList.Add("--stdout");
        return psi;
    }
}
