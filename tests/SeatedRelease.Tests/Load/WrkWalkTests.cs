using SeatedRelease.Load;
using SeatedRelease.Tests.Support;

namespace SeatedRelease.Tests.Load;

public sealed class WrkResultTests
{
    [Fact]
    public void The_summary_line_of_the_walk_gives_turns_sessions_errors_and_latency()
    {
        var counts = WrkRun.Parse(
            "Running 15s test\nRESULT answers=1900 seconds=2.000 sessions=99 session_turns=1881 errors=1 p50=0.800 p99=9.500\nFIRST_ERROR turn 4 was not understood\n",
            TimeSpan.FromSeconds(1));

        Assert.Equal(1900, counts.Turns);
        Assert.Equal(99, counts.Sessions);
        Assert.Equal(1881, counts.SessionTurns);
        Assert.Equal(1, counts.Errors);
        Assert.Equal(950, counts.TurnsPerSecond);
        Assert.Equal(9.5, counts.P99Ms);
        Assert.Equal("turn 4 was not understood", counts.FirstError);
    }

    [Fact]
    public void A_run_that_printed_no_summary_is_a_failure_not_zero_turns()
    {
        Assert.Throws<InvalidOperationException>(() => WrkRun.Parse("unable to connect to 127.0.0.1:1\n", TimeSpan.Zero));
    }

    [Theory]
    [InlineData("wrk", true)]
    [InlineData("dotnet", false)]
    public void The_generator_is_chosen_on_the_command_line(string generator, bool wrk)
    {
        var (options, problem) = LoadOptions.Parse(["--generator", generator, "--seconds", "5"]);

        Assert.Null(problem);
        Assert.Equal(wrk, options!.Wrk);
        Assert.Equal(5, options.Seconds);
    }

    [Fact]
    public void An_unknown_generator_is_refused()
    {
        var (options, problem) = LoadOptions.Parse(["--generator", "ab"]);

        Assert.Null(options);
        Assert.Contains("dotnet or wrk", problem);
    }

    [Theory]
    [InlineData(new[] { 1.0 }, 1.0)]
    [InlineData(new[] { 3.0, 1.0, 2.0 }, 2.0)]
    [InlineData(new[] { 4.0, 1.0, 2.0, 3.0 }, 2.5)]
    public void The_ratio_is_the_median_of_the_rounds(double[] ratios, double median)
    {
        Assert.Equal(median, WrkBench.Median(ratios));
    }
}

/// <summary>The wrk walk against the real host: its checks pass on whole practices and fail on wrong answers.</summary>
[Trait("Category", "OutOfProcess")]
public sealed class WrkWalkTests
{
    // Ten listeners per wrk thread: more than its connections, so no conversation has two turns in flight, and few
    // enough that whole practices finish within seconds on a Debug build.
    private const int Listeners = 10;

    [Fact]
    public async Task Wrk_walks_whole_practices_on_the_real_host_and_every_answer_passes_its_check()
    {
        await using var host = await HostProcess.StartAsync(new Dictionary<string, string?> { ["Storage__Kind"] = "memory" });

        var counts = await WrkRun.RunAsync(host.BaseAddress, "practice", 19, TimeSpan.FromSeconds(4), "walk", Listeners, CancellationToken.None);

        Assert.True(counts.Errors == 0, counts.FirstError + "\n" + host.Output);
        Assert.True(counts.Sessions > 0, $"no practice finished in {counts.Turns} turns");
        // Join, the safety answer, the surface, then "ready" through both legs to the summary.
        Assert.InRange(counts.SessionTurns / (double)counts.Sessions, 10, 80);
    }

    [Fact]
    public async Task Answers_that_are_not_the_ones_expected_count_as_errors()
    {
        await using var host = await HostProcess.StartAsync(new Dictionary<string, string?> { ["Storage__Kind"] = "memory" });

        // The echo walk against the practice: the practice never answers "welcome 1".
        var counts = await WrkRun.RunAsync(host.BaseAddress, "echo", 19, TimeSpan.FromSeconds(2), "wrong", Listeners, CancellationToken.None);

        Assert.True(counts.Turns > 0);
        Assert.Equal(0, counts.Sessions);
        Assert.Equal(counts.Turns, counts.Errors);
        Assert.Contains("wanted welcome 1", counts.FirstError);
    }
}
