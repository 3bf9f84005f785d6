using System.Diagnostics;

namespace SeatedRelease.Load;

/// <summary>Loads one server: start it, warm it up unmeasured, then measure sessions while sampling its memory.</summary>
internal static class TargetBench
{
    /// <summary>RSS samples over the measured sessions: ten in each tenth, whose median stands for that tenth.</summary>
    public const int MemorySamples = 100;

    public static async Task<TargetResult> RunAsync(string name, string dll, string storage, ISessionScript script, LoadOptions options, CancellationToken cancellationToken)
    {
        await using var server = await ServerProcess.StartAsync(dll, storage, cancellationToken);
        using var http = LoadHttp.Create(server.Address, options.Conversations);
        var runId = $"{name}-{Guid.NewGuid():N}";

        var warmup = await new LoadRunner(http, script, runId + "-warm") { NewUserPerSession = options.NewUsers }.RunAsync(options.Conversations, options.WarmupSessions, record: false, cancellationToken);

        // Sampled by whichever user finishes the session that crosses each hundredth: reading /proc is cheap. One
        // sample per tenth read the collector's sawtooth (15% between a collection and the next) as growth or shrinkage.
        var samples = new long[MemorySamples];
        var every = Math.Max(1, options.Sessions / MemorySamples);
        var measured = new LoadRunner(http, script, runId)
        {
            NewUserPerSession = options.NewUsers,
            SessionDone = done =>
            {
                if (done % every == 0 && done / every is var k and >= 1 and <= MemorySamples) samples[k - 1] = ProcessMemory.Resident(server.Id);
            },
        };
        var serverCpu = server.CpuTime;
        var ownCpu = Process.GetCurrentProcess().TotalProcessorTime;
        var counts = await measured.RunAsync(options.Conversations, options.Sessions, record: true, cancellationToken);
        serverCpu = server.CpuTime - serverCpu;
        ownCpu = Process.GetCurrentProcess().TotalProcessorTime - ownCpu;
        var peak = ProcessMemory.Peak(server.Id);

        // Saturation says how much the server can do; latency at a given number of conversations is only meaningful
        // when they speak at a pace, or it is just the queue (Little's law: conversations / throughput).
        RunCounts? paced = null;
        if (options.PacedSessionCount > 0)
        {
            paced = await new LoadRunner(http, script, runId + "-paced") { ThinkTime = TimeSpan.FromMilliseconds(options.ThinkMs), NewUserPerSession = options.NewUsers }
                .RunAsync(options.Conversations, options.PacedSessionCount, record: true, cancellationToken);
        }
        return new TargetResult(name, counts, paced, warmup.Errors, warmup.FirstErrors, peak, samples, serverCpu, ownCpu, server.LastOutput());
    }
}

/// <summary>One server's figures: the measured run, warm-up errors, peak and sampled memory, CPU of server and generator.</summary>
internal sealed record TargetResult(
    string Name,
    RunCounts Run,
    RunCounts? Paced,
    int WarmupErrors,
    IReadOnlyList<string> WarmupFirstErrors,
    long PeakRss,
    IReadOnlyList<long> RssSamples,
    TimeSpan ServerCpu,
    TimeSpan GeneratorCpu,
    string ServerOutput)
{
    public int AllErrors => Run.Errors + WarmupErrors + (Paced?.Errors ?? 0);

    /// <summary>The median RSS of each tenth of the measured sessions.</summary>
    public IReadOnlyList<long> RssTenths =>
        RssSamples.Chunk(Math.Max(1, RssSamples.Count / 10)).Take(10).Select(c => c.Order().ElementAt(c.Length / 2)).ToList();

    /// <summary>Resident memory growth over the second half of the measured sessions (fifth tenth to tenth tenth).</summary>
    public (long Bytes, double Fraction) LastHalfGrowth
    {
        get
        {
            var tenths = RssTenths;
            if (tenths.Count < 10) return (0, 0);
            var half = tenths[4];
            var end = tenths[9];
            return half <= 0 || end <= 0 ? (0, 0) : (end - half, (end - half) / (double)half);
        }
    }
}
