using System.Globalization;

namespace SeatedRelease.Load;

/// <summary>
/// The throughput ratio measured with wrk: the practice host and the stock echo bot each warmed up until their
/// tiered compilation settles, then timed rounds taking turns, so that a machine whose speed drifts slows both
/// alike. The ratio is the median of each round's practice over the echo of the same round.
/// </summary>
internal static class WrkBench
{
    private static readonly TimeSpan WarmupChunk = TimeSpan.FromSeconds(10);

    public static async Task<bool> RunAsync(LoadOptions options, string storage, TextWriter output, CancellationToken cancellationToken)
    {
        await using var practice = await ServerProcess.StartAsync(options.PracticeDll, storage, cancellationToken);
        await using var echo = await ServerProcess.StartAsync(options.EchoDll, storage, cancellationToken);
        var runId = Guid.NewGuid().ToString("N")[..8];

        var practiceWarm = await WarmAsync(practice, "practice", options.EchoTurns, runId, cancellationToken);
        // The echo bot gets as many turns per session as the practice took, so both see the same load shape.
        var turns = practiceWarm.Sessions > 0 ? (int)Math.Round(practiceWarm.SessionTurns / (double)practiceWarm.Sessions) : options.EchoTurns;
        var echoWarm = await WarmAsync(echo, "echo", turns, runId, cancellationToken);

        var rounds = new List<(WrkCounts Practice, TimeSpan PracticeCpu, WrkCounts Echo, TimeSpan EchoCpu)>();
        var seconds = TimeSpan.FromSeconds(options.Seconds);
        for (var round = 0; round < options.Rounds; round++)
        {
            var (p, pCpu) = await MeasureAsync(practice, "practice", turns, seconds, $"{runId}r{round}", cancellationToken);
            var (e, eCpu) = await MeasureAsync(echo, "echo", turns, seconds, $"{runId}r{round}", cancellationToken);
            rounds.Add((p, pCpu, e, eCpu));
        }
        return Write(output, storage, options, turns, practiceWarm, echoWarm, rounds);
    }

    private static async Task<WrkCounts> WarmAsync(ServerProcess server, string kind, int turns, string runId, CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        WrkCounts? all = null;
        for (var chunk = 0; started.Elapsed < ProcessTiering.MaxWarmup; chunk++)
        {
            var tiering = ProcessTiering.CpuTime(server.Id);
            var counts = await WrkRun.RunAsync(server.Address, kind, turns, WarmupChunk, $"{runId}w{chunk}", cancellationToken);
            all = all is null ? counts : all with
            {
                Turns = all.Turns + counts.Turns,
                Sessions = all.Sessions + counts.Sessions,
                SessionTurns = all.SessionTurns + counts.SessionTurns,
                Errors = all.Errors + counts.Errors,
                FirstError = all.FirstError ?? counts.FirstError,
            };
            if (ProcessTiering.SettledSince(server.Id, tiering, counts.Elapsed)) break;
        }
        return all!;
    }

    private static async Task<(WrkCounts Counts, TimeSpan ServerCpu)> MeasureAsync(ServerProcess server, string kind, int turns, TimeSpan duration, string runId, CancellationToken cancellationToken)
    {
        var before = server.CpuTime;
        var counts = await WrkRun.RunAsync(server.Address, kind, turns, duration, runId, cancellationToken);
        return (counts, server.CpuTime - before);
    }

    private static bool Write(TextWriter output, string storage, LoadOptions options, int echoTurns, WrkCounts practiceWarm, WrkCounts echoWarm,
        IReadOnlyList<(WrkCounts Practice, TimeSpan PracticeCpu, WrkCounts Echo, TimeSpan EchoCpu)> rounds)
    {
        output.WriteLine();
        output.WriteLine(Report.F("== storage {0}, generator wrk: {1} threads, {2} connections, {3} listeners walking whole sessions ({4} turns for the echo); "
            + "{5} rounds of {6} s per server, taking turns", storage, WrkRun.Threads, WrkRun.Connections, WrkRun.Threads * WrkRun.ListenersPerThread,
            echoTurns, options.Rounds, options.Seconds));
        output.WriteLine(Report.F("{0,-9} {1,9} {2,-34} {3,8} {4,8} {5,7} {6,9} {7,11} {8,11}",
            "server", "turns/s", "(rounds)", "p50 ms", "p99 ms", "errors", "sessions", "srv cpu/t", "gen cpu/t"));
        var practiceErrors = practiceWarm.Errors + rounds.Sum(r => r.Practice.Errors);
        var echoErrors = echoWarm.Errors + rounds.Sum(r => r.Echo.Errors);
        Row(output, "practice", rounds.Select(r => (r.Practice, r.PracticeCpu)).ToList(), practiceErrors);
        Row(output, "echo", rounds.Select(r => (r.Echo, r.EchoCpu)).ToList(), echoErrors);
        foreach (var first in new[] { practiceWarm.FirstError, echoWarm.FirstError }.Concat(rounds.SelectMany(r => new[] { r.Practice.FirstError, r.Echo.FirstError })).OfType<string>().Take(3))
        {
            output.WriteLine($"first error: {first}");
        }
        var ratios = rounds.Select(r => r.Practice.TurnsPerSecond / Math.Max(1e-9, r.Echo.TurnsPerSecond)).ToList();
        var ratio = Median(ratios);
        var cpuRatios = rounds.Select(r => Report.PerTurn(r.EchoCpu, r.Echo.Turns) / Math.Max(1e-9, Report.PerTurn(r.PracticeCpu, r.Practice.Turns))).ToList();
        output.WriteLine(Report.F("throughput ratio practice/echo in each round: {0}; median {1:F2}", string.Join(", ", ratios.Select(r => r.ToString("F2", CultureInfo.InvariantCulture))), ratio));
        output.WriteLine(Report.F("server CPU per turn, echo/practice, median of rounds: {0:F2} (less sensitive than throughput to other load on the machine)", Median(cpuRatios)));

        var met = Report.Verdict(output, "zero errors (practice)", practiceErrors == 0, $"{practiceErrors} errors");
        met &= Report.Verdict(output, "zero errors (echo)", echoErrors == 0, $"{echoErrors} errors");
        var target = Report.RatioTarget(storage);
        met &= Report.Verdict(output, Report.F("throughput practice/echo >= {0} (median of rounds)", target), ratio >= target, Report.F("ratio {0:F2}", ratio));
        return met;
    }

    private static void Row(TextWriter output, string name, IReadOnlyList<(WrkCounts Counts, TimeSpan Cpu)> rounds, int errors)
    {
        var turns = rounds.Sum(r => r.Counts.Turns);
        var seconds = rounds.Sum(r => r.Counts.Elapsed.TotalSeconds);
        var each = string.Join(", ", rounds.Select(r => r.Counts.TurnsPerSecond.ToString("F0", CultureInfo.InvariantCulture)));
        output.WriteLine(Report.F("{0,-9} {1,9:F0} {2,-34} {3,8:F2} {4,8:F2} {5,7} {6,9} {7,9:F3}ms {8,9:F3}ms",
            name, seconds > 0 ? turns / seconds : 0, $"({each})", Median(rounds.Select(r => r.Counts.P50Ms).ToList()), Median(rounds.Select(r => r.Counts.P99Ms).ToList()),
            errors, rounds.Sum(r => r.Counts.Sessions), Report.PerTurn(TimeSpan.FromTicks(rounds.Sum(r => r.Cpu.Ticks)), turns),
            Report.PerTurn(TimeSpan.FromTicks(rounds.Sum(r => r.Counts.GeneratorCpu.Ticks)), turns)));
    }

    internal static double Median(IReadOnlyList<double> values)
    {
        if (values.Count == 0) return 0;
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
