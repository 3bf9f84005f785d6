using System.Diagnostics;

namespace SeatedRelease.Load;

/// <summary>One virtual user's turn latencies in Stopwatch ticks; each user has its own, so no locking on the hot path.</summary>
internal sealed class LatencyLog
{
    private readonly List<long> _ticks = new(4096);

    public bool Recording { get; set; } = true;

    public void Add(long ticks)
    {
        if (Recording) _ticks.Add(ticks);
    }

    public static LatencySummary Summarize(IEnumerable<LatencyLog> logs)
    {
        var all = logs.SelectMany(l => l._ticks).ToArray();
        if (all.Length == 0) return new LatencySummary(0, 0, 0);
        Array.Sort(all);
        return new LatencySummary(Millis(At(all, 0.50)), Millis(At(all, 0.99)), Millis(all[^1]));
    }

    private static long At(long[] sorted, double quantile) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(quantile * sorted.Length) - 1)];

    private static double Millis(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}

/// <summary>Turn latency percentiles in milliseconds.</summary>
internal readonly record struct LatencySummary(double P50, double P99, double Max);
