using System.Globalization;

namespace SeatedRelease.Load;

/// <summary>Prints the figures of one storage's run and the verdict against the targets.</summary>
internal static class Report
{
    public const double RatioTarget = 0.8;
    public const double P99TargetMs = 20;
    public const int P99TargetConversations = 64;
    public const double FlatGrowthLimit = 0.10;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Writes the table and returns whether every target that applies was met.</summary>
    public static bool Write(TextWriter output, string storage, LoadOptions options, TargetResult? practice, TargetResult? echo)
    {
        output.WriteLine();
        output.WriteLine($"== storage {storage}: {options.Conversations} concurrent conversations, {options.Sessions} measured sessions per server after {options.WarmupSessions} warm-up sessions");
        output.WriteLine(F("{0,-9} {1,9} {2,8} {3,8} {4,8} {5,7} {6,9} {7,9} {8,8} {9,11} {10,11}",
            "server", "turns/s", "p50 ms", "p99 ms", "max ms", "errors", "sessions", "turns", "peak MB", "srv cpu/t", "gen cpu/t"));
        foreach (var r in new[] { practice, echo })
        {
            if (r is null) continue;
            output.WriteLine(F("{0,-9} {1,9:F0} {2,8:F2} {3,8:F2} {4,8:F1} {5,7} {6,9} {7,9} {8,8:F0} {9,9:F3}ms {10,9:F3}ms",
                r.Name, r.Run.TurnsPerSecond, r.Run.Latency.P50, r.Run.Latency.P99, r.Run.Latency.Max, r.AllErrors, r.Run.Sessions, r.Run.Turns,
                Mb(r.PeakRss), PerTurn(r.ServerCpu, r.Run.Turns), PerTurn(r.GeneratorCpu, r.Run.Turns)));
        }
        foreach (var r in new[] { practice, echo })
        {
            if (r is null) continue;
            var (bytes, fraction) = r.LastHalfGrowth;
            output.WriteLine(F("{0} RSS MB after each tenth of the sessions: {1}; second-half growth {2:+0.0;-0.0} MB ({3:+0.0%;-0.0%})",
                r.Name, string.Join(" ", r.RssSamples.Select(s => Mb(s).ToString("F0", Invariant))), Mb(bytes), fraction));
            foreach (var e in r.WarmupFirstErrors) output.WriteLine($"{r.Name} warm-up error: {e}");
            foreach (var e in r.Run.FirstErrors) output.WriteLine($"{r.Name} error: {e}");
            if (r.AllErrors > 0) output.WriteLine($"{r.Name} server's last output:{Environment.NewLine}{r.ServerOutput}");
        }

        var met = true;
        if (practice is not null)
        {
            met &= Verdict(output, "zero errors (practice)", practice.AllErrors == 0, $"{practice.AllErrors} errors");
            if (options.Conversations == P99TargetConversations)
            {
                met &= Verdict(output, $"p99 <= {P99TargetMs} ms at {P99TargetConversations} conversations", practice.Run.Latency.P99 <= P99TargetMs,
                    F("p99 {0:F2} ms", practice.Run.Latency.P99));
            }
            met &= Verdict(output, $"memory flat (second-half RSS growth <= {FlatGrowthLimit * 100:0}%)", practice.LastHalfGrowth.Fraction <= FlatGrowthLimit,
                F("{0:+0.0%;-0.0%} over sessions {1} to {2}", practice.LastHalfGrowth.Fraction, options.Sessions / 2, options.Sessions));
        }
        if (echo is not null)
        {
            met &= Verdict(output, "zero errors (echo)", echo.AllErrors == 0, $"{echo.AllErrors} errors");
        }
        if (practice is not null && echo is not null && echo.Run.TurnsPerSecond > 0)
        {
            var ratio = practice.Run.TurnsPerSecond / echo.Run.TurnsPerSecond;
            met &= Verdict(output, $"throughput practice/echo >= {RatioTarget}", ratio >= RatioTarget, F("ratio {0:F2}", ratio));
        }
        return met;
    }

    private static bool Verdict(TextWriter output, string target, bool met, string measured)
    {
        output.WriteLine($"target {target}: {(met ? "MET" : "MISSED")} ({measured})");
        return met;
    }

    private static double Mb(long bytes) => bytes / (1024.0 * 1024.0);

    private static double PerTurn(TimeSpan cpu, long turns) => turns == 0 ? 0 : cpu.TotalMilliseconds / turns;

    private static string F(string format, params object[] args) => string.Format(Invariant, format, args);
}
