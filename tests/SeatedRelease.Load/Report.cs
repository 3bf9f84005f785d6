using System.Globalization;

namespace SeatedRelease.Load;

/// <summary>Prints the figures of one storage's run and the verdict against the targets.</summary>
internal static class Report
{
    // The practice against the stock echo bot, per store of the practice (the echo is always on MemoryStorage).
    public static double RatioTarget(string storage) => storage == "sqlite" ? 1.8 : 3.5;
    public const double P99TargetMs = 20;
    public const int P99TargetConversations = 64;
    public const double FlatGrowthLimit = 0.10;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Writes the table and returns whether every target that applies was met.</summary>
    public static bool Write(TextWriter output, string storage, LoadOptions options, TargetResult? practice, TargetResult? echo)
    {
        var results = new[] { practice, echo }.OfType<TargetResult>().ToList();
        output.WriteLine();
        output.WriteLine($"== storage {storage}: {options.Conversations} concurrent conversations; per server at least {options.WarmupSessions} warm-up sessions, "
            + $"{options.Sessions} saturated sessions (no pause between turns), {options.PacedSessionCount} paced sessions ({(options.FixedThink ? $"{options.ThinkMs} ms pause before each answer, all users in step" : $"pauses of {options.ThinkMs} ms on average, drawn per user")}); "
            + (options.NewUsers ? "a new user every session" : "each virtual user returns with its own user id"));
        output.WriteLine(F("{0,-18} {1,9} {2,8} {3,8} {4,8} {5,7} {6,9} {7,9} {8,8} {9,11} {10,11}",
            "server, run", "turns/s", "p50 ms", "p99 ms", "max ms", "errors", "sessions", "turns", "peak MB", "srv cpu/t", "gen cpu/t"));
        foreach (var r in results)
        {
            output.WriteLine(F("{0,-18} {1,9:F0} {2,8:F2} {3,8:F2} {4,8:F1} {5,7} {6,9} {7,9} {8,8:F0} {9,9:F3}ms {10,9:F3}ms",
                r.Name + ", saturated", r.Run.TurnsPerSecond, r.Run.Latency.P50, r.Run.Latency.P99, r.Run.Latency.Max, r.Run.Errors + r.WarmupErrors,
                r.Run.Sessions, r.Run.Turns, Mb(r.PeakRss), PerTurn(r.ServerCpu, r.Run.Turns), PerTurn(r.GeneratorCpu, r.Run.Turns)));
            if (r.Paced is { } p)
            {
                output.WriteLine(F("{0,-18} {1,9:F0} {2,8:F2} {3,8:F2} {4,8:F1} {5,7} {6,9} {7,9}",
                    r.Name + ", paced", p.TurnsPerSecond, p.Latency.P50, p.Latency.P99, p.Latency.Max, p.Errors, p.Sessions, p.Turns));
            }
        }
        foreach (var r in results)
        {
            var (bytes, fraction) = r.LastHalfGrowth;
            output.WriteLine(F("{0} RSS MB in each tenth of the saturated sessions (median of ten samples): {1}; second-half growth {2:+0.0;-0.0} MB ({3:+0.0%;-0.0%})",
                r.Name, string.Join(" ", r.RssTenths.Select(s => s > 0 ? Mb(s).ToString("F0", Invariant) : "-")), Mb(bytes), fraction));
            output.WriteLine(F("{0} warm-up: {1} sessions in {2:F0} s (until its runtime's tiered compilation used at most 2% of a core, or 120 s)",
                r.Name, r.WarmupSessions, r.WarmupElapsed.TotalSeconds));
            foreach (var e in r.WarmupFirstErrors.Concat(r.Run.FirstErrors).Concat(r.Paced?.FirstErrors ?? [])) output.WriteLine($"{r.Name} error: {e}");
            if (r.AllErrors > 0) output.WriteLine($"{r.Name} server's last output:{Environment.NewLine}{r.ServerOutput}");
        }
        if (practice is not null && echo is not null && echo.Run.TurnsPerSecond > 0)
        {
            // CPU per turn hardly moves when other processes take the cores; turns per second does. Both are shown.
            output.WriteLine(F("server CPU per turn, echo/practice: {0:F2} (less sensitive than throughput to other load on the machine)",
                PerTurn(echo.ServerCpu, echo.Run.Turns) / Math.Max(1e-9, PerTurn(practice.ServerCpu, practice.Run.Turns))));
        }

        var met = true;
        if (practice is not null)
        {
            met &= Verdict(output, "zero errors (practice)", practice.AllErrors == 0, $"{practice.AllErrors} errors");
            if (options.Conversations == P99TargetConversations && practice.Paced is { } paced)
            {
                met &= Verdict(output, $"p99 <= {P99TargetMs} ms at {P99TargetConversations} conversations (paced run)", paced.Latency.P99 <= P99TargetMs,
                    F("p99 {0:F2} ms at {1:F0} turns/s; saturated p99 {2:F2} ms", paced.Latency.P99, paced.TurnsPerSecond, practice.Run.Latency.P99));
            }
            var flat = $"memory flat (second-half RSS growth <= {FlatGrowthLimit * 100:0}%)";
            met &= practice.MemorySampled
                ? Verdict(output, flat, practice.LastHalfGrowth.Fraction <= FlatGrowthLimit,
                    F("{0:+0.0%;-0.0%} from session {1} to {2}", practice.LastHalfGrowth.Fraction, options.Sessions / 2, options.Sessions))
                : NotJudged(output, flat, F("{0} of {1} memory samples taken; it needs at least {1} measured sessions",
                    practice.RssSamples.Count(s => s > 0), TargetBench.MemorySamples));
        }
        if (echo is not null)
        {
            met &= Verdict(output, "zero errors (echo)", echo.AllErrors == 0, $"{echo.AllErrors} errors");
        }
        if (practice is not null && echo is not null && echo.Run.TurnsPerSecond > 0)
        {
            var ratio = practice.Run.TurnsPerSecond / echo.Run.TurnsPerSecond;
            output.WriteLine(F("throughput ratio to the stock echo bot (practice on {0}, echo on MemoryStorage): {1:F2}", storage, ratio));
            // The generator shares the cores, so its own cost per turn caps the ratio: even a practice server that
            // cost nothing would only free the practice's server share of the CPU.
            var echoTotal = PerTurn(echo.ServerCpu, echo.Run.Turns) + PerTurn(echo.GeneratorCpu, echo.Run.Turns);
            var practiceGenerator = PerTurn(practice.GeneratorCpu, practice.Run.Turns);
            if (practiceGenerator > 0)
            {
                output.WriteLine(F("highest ratio this machine could show (a practice server costing nothing; generator and echo as measured): {0:F2}", echoTotal / practiceGenerator));
            }
            // This generator costs about as much a turn as the practice server, so it caps the ratio it can show; the
            // target is judged with --generator wrk.
            output.WriteLine(F("target throughput practice/echo >= {0}: judged with --generator wrk (this generator's own cost caps the ratio it can show)", RatioTarget(storage)));
        }
        return met;
    }

    // A target the run was too short to measure is not met: the exit code says every target was shown to hold.
    private static bool NotJudged(TextWriter output, string target, string why)
    {
        output.WriteLine($"target {target}: NOT JUDGED ({why})");
        return false;
    }

    internal static bool Verdict(TextWriter output, string target, bool met, string measured)
    {
        output.WriteLine($"target {target}: {(met ? "MET" : "MISSED")} ({measured})");
        return met;
    }

    private static double Mb(long bytes) => bytes / (1024.0 * 1024.0);

    internal static double PerTurn(TimeSpan cpu, long turns) => turns == 0 ? 0 : cpu.TotalMilliseconds / turns;

    internal static string F(string format, params object[] args) => string.Format(Invariant, format, args);
}
