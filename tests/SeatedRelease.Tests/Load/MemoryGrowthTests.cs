using SeatedRelease.Load;

namespace SeatedRelease.Tests.Load;

/// <summary>How the load tool judges "memory flat": from the median of each tenth, not from two single samples.</summary>
public sealed class MemoryGrowthTests
{
    private static TargetResult With(IEnumerable<long> samples) => new(
        "practice", new RunCounts(0, 0, 0, TimeSpan.Zero, LatencyLog.Summarize([]), []), null, 0, [], 0, samples.ToList(), TimeSpan.Zero, TimeSpan.Zero, "");

    private const long Mb = 1 << 20;

    [Fact]
    public void A_collector_sawtooth_with_no_trend_is_flat_even_when_the_two_ends_fall_on_a_low_and_a_high_sample()
    {
        // 130 MB just after a collection, rising to 166 MB before the next one; sample 50 falls on a low (the old
        // measure's "half") and sample 100 on a high (its "end"): +28% read from two samples.
        var samples = Enumerable.Range(0, TargetBench.MemorySamples).Select(i => (130 + 4 * ((i < 50 ? i + 1 : i) % 10)) * Mb).ToList();
        Assert.Equal(130 * Mb, samples[49]);
        Assert.Equal(166 * Mb, samples[99]);

        var result = With(samples);

        Assert.Equal(10, result.RssTenths.Count);
        Assert.InRange(result.LastHalfGrowth.Fraction, -0.01, 0.01);
    }

    [Fact]
    public void A_steady_leak_shows_as_growth_over_the_second_half()
    {
        // One MB more every hundredth of the sessions: 50 MB over the second half on about 150.
        var samples = Enumerable.Range(0, TargetBench.MemorySamples).Select(i => (100 + i) * Mb);

        var (bytes, fraction) = With(samples).LastHalfGrowth;

        Assert.Equal(50 * Mb, bytes);
        Assert.InRange(fraction, 0.3, 0.4);
    }

    [Fact]
    public void A_run_too_short_to_take_every_memory_sample_is_not_judged_flat_and_not_counted_as_met()
    {
        // 40 sessions: one sample per session, so 60 of the 100 stay at zero.
        var samples = Enumerable.Range(0, TargetBench.MemorySamples).Select(i => i < 40 ? 150 * Mb : 0);
        var output = new StringWriter();

        var met = Report.Write(output, "memory", new LoadOptions { Sessions = 40 }, With(samples), echo: null);

        Assert.False(met);
        Assert.Contains("memory flat (second-half RSS growth <= 10%): NOT JUDGED (40 of 100 memory samples taken", output.ToString());
        Assert.Contains("150 150 150 150 - - - - - -", output.ToString());
    }

    [Fact]
    public void A_run_with_every_memory_sample_taken_is_judged()
    {
        var samples = Enumerable.Range(0, TargetBench.MemorySamples).Select(_ => 150 * Mb);
        var output = new StringWriter();

        var met = Report.Write(output, "memory", new LoadOptions { Sessions = 1000 }, With(samples), echo: null);

        Assert.True(met, output.ToString());
        Assert.Contains("memory flat (second-half RSS growth <= 10%): MET (+0.0% from session 500 to 1000)", output.ToString());
    }
}
