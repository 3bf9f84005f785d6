using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace SeatedRelease.Load;

/// <summary>
/// One run of wrk with the session walk (wrk/walk.lua) against a server: a generator written in C, whose own cost
/// per turn is small next to the server's, so the throughput it shows is the server's and not the generator's.
/// </summary>
internal static class WrkRun
{
    public const int Threads = 2;
    public const int Connections = 16;

    // Far more listeners than connections, so no conversation ever has two turns in flight.
    public const int ListenersPerThread = 250;

    public static string Script => Path.Combine(AppContext.BaseDirectory, "wrk", "walk.lua");

    /// <summary>Whether a wrk program is on the PATH.</summary>
    public static bool Installed() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, "wrk")));

    public static async Task<WrkCounts> RunAsync(Uri server, string kind, int echoTurns, TimeSpan duration, string runId, CancellationToken cancellationToken) =>
        await RunAsync(server, kind, echoTurns, duration, runId, ListenersPerThread, cancellationToken);

    /// <summary>A run with another number of listeners per thread; more than <see cref="Connections"/> / <see cref="Threads"/>.</summary>
    public static async Task<WrkCounts> RunAsync(Uri server, string kind, int echoTurns, TimeSpan duration, string runId, int listenersPerThread, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(listenersPerThread, Connections / Threads);
        var start = new ProcessStartInfo("wrk")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[]
                 {
                     "-t", Threads.ToString(CultureInfo.InvariantCulture), "-c", Connections.ToString(CultureInfo.InvariantCulture),
                     "-d", $"{(int)Math.Ceiling(duration.TotalSeconds)}s", "--timeout", "10s", "-s", Script, server.ToString().TrimEnd('/'),
                     "--", kind, listenersPerThread.ToString(CultureInfo.InvariantCulture), echoTurns.ToString(CultureInfo.InvariantCulture), runId,
                 })
        {
            start.ArgumentList.Add(a);
        }
        var before = ChildrenCpu();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start wrk");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        // The child is reaped by now, so its CPU is in this process's count of its children.
        var cpu = ChildrenCpu() - before;
        var text = await output;
        if (process.ExitCode != 0) throw new InvalidOperationException($"wrk exited with {process.ExitCode}: {await errors}{text}");
        return Parse(text, cpu);
    }

    /// <summary>Reads the summary line the script prints; a run that printed none is a failure, not zero turns.</summary>
    public static WrkCounts Parse(string output, TimeSpan generatorCpu)
    {
        var line = output.Split('\n').FirstOrDefault(l => l.StartsWith("RESULT ", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"wrk printed no result:{Environment.NewLine}{output}");
        var fields = line[7..].Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(f => f.Split('=', 2))
            .ToDictionary(f => f[0], f => double.Parse(f[1], CultureInfo.InvariantCulture));
        var first = output.Split('\n').FirstOrDefault(l => l.StartsWith("FIRST_ERROR ", StringComparison.Ordinal))?[12..];
        return new WrkCounts((long)fields["answers"], (int)fields["sessions"], (long)fields["session_turns"], (int)fields["errors"], TimeSpan.FromSeconds(fields["seconds"]),
            fields["p50"], fields["p99"], generatorCpu, first);
    }

    // getrusage(RUSAGE_CHILDREN): user and system CPU of every child this process has waited for.
    private static TimeSpan ChildrenCpu()
    {
        if (!OperatingSystem.IsLinux() || GetRusage(-1, out var usage) != 0) return TimeSpan.Zero;
        return TimeSpan.FromSeconds(usage.UserSeconds + usage.UserMicroseconds / 1e6 + usage.SystemSeconds + usage.SystemMicroseconds / 1e6);
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct Rusage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
        [MarshalAs(UnmanagedType.ByValArray, SizeConst = 14)]
        public long[] Rest;
    }

    [DllImport("libc", EntryPoint = "getrusage", SetLastError = true)]
    private static extern int GetRusage(int who, out Rusage usage);
}

/// <summary>What one wrk run did: answers (turns), whole sessions and their turns, wrong answers, its time, latency and its own CPU.</summary>
internal sealed record WrkCounts(long Turns, int Sessions, long SessionTurns, int Errors, TimeSpan Elapsed, double P50Ms, double P99Ms, TimeSpan GeneratorCpu, string? FirstError)
{
    public double TurnsPerSecond => Elapsed > TimeSpan.Zero ? Turns / Elapsed.TotalSeconds : 0;
}
