using SeatedRelease.Load;

namespace SeatedRelease.Tests.Load;

/// <summary>The paced run's pauses: independent listeners by default, the old lockstep on request.</summary>
public sealed class PausesTests
{
    private static readonly TimeSpan Mean = TimeSpan.FromMilliseconds(100);

    [Fact]
    public void Drawn_pauses_average_the_mean_vary_widely_and_never_exceed_five_means()
    {
        var pauses = Pauses.Random(Mean, seed: 7);
        var draws = Enumerable.Range(0, 20_000).Select(_ => pauses.Next().TotalMilliseconds).ToList();

        // The five-mean cap trims the exponential's mean by e^-5, under 1%.
        Assert.InRange(draws.Average(), 95, 101);
        Assert.InRange(draws.Max(), 400, 500.0001);
        Assert.True(draws.Min() < 5, $"shortest pause {draws.Min()} ms");
        // An exponential has half its draws below ln 2 of the mean.
        Assert.InRange(draws.Count(d => d < 69.3) / (double)draws.Count, 0.48, 0.52);
    }

    [Fact]
    public void Users_with_different_seeds_start_at_different_points_and_the_same_seed_repeats()
    {
        var starts = Enumerable.Range(0, 64).Select(user => Pauses.Random(Mean, user).Start()).ToList();

        Assert.True(starts.Distinct().Count() > 60);
        Assert.All(starts, s => Assert.InRange(s, TimeSpan.Zero, Mean));
        Assert.Equal(Pauses.Random(Mean, 3).Next(), Pauses.Random(Mean, 3).Next());
    }

    [Fact]
    public void Fixed_pauses_are_exact_and_every_user_starts_at_once()
    {
        var pauses = Pauses.Fixed(Mean);

        Assert.Equal(TimeSpan.Zero, pauses.Start());
        Assert.All(Enumerable.Range(0, 10), _ => Assert.Equal(Mean, pauses.Next()));
        Assert.True(Pauses.None.IsNone);
        Assert.False(pauses.IsNone);
    }

    [Theory]
    [InlineData(new string[0], false)]
    [InlineData(new[] { "--think", "fixed" }, true)]
    [InlineData(new[] { "--think", "random" }, false)]
    public void The_command_line_chooses_drawn_or_fixed_pauses(string[] args, bool isFixed)
    {
        var (options, problem) = LoadOptions.Parse(args);

        Assert.Null(problem);
        Assert.Equal(isFixed, options!.FixedThink);
    }

    [Fact]
    public void An_unknown_pause_kind_is_a_clear_problem()
    {
        var (options, problem) = LoadOptions.Parse(["--think", "lockstep"]);

        Assert.Null(options);
        Assert.Equal("--think is random or fixed", problem);
    }
}
