namespace SeatedRelease.Load;

/// <summary>
/// How long one virtual user pauses before each answer. With the same fixed pause for everyone, users that start
/// together stay in step: every cycle the server gets all of them at once and the last waits for the whole burst, so
/// p99 measures the burst (conversations × time per turn), not the server at that load. Real listeners do not answer
/// in step, so by default each pause is drawn from an exponential distribution with the given mean (the usual model
/// of independent people), and each user starts at a random point of its first pause.
/// </summary>
internal sealed class Pauses
{
    // An exponential draw is unbounded; past five means (0.7% of draws) a pause only stretches the run.
    private const double MaxMultiple = 5;

    private readonly TimeSpan _mean;
    private readonly Random? _random;

    private Pauses(TimeSpan mean, Random? random)
    {
        _mean = mean;
        _random = random;
    }

    /// <summary>No pause: every user always waits on the server (saturation).</summary>
    public static Pauses None { get; } = new(TimeSpan.Zero, null);

    public static Pauses Fixed(TimeSpan pause) => new(pause, null);

    /// <summary>Exponential pauses with this mean, from a generator seeded per user so that runs repeat.</summary>
    public static Pauses Random(TimeSpan mean, int seed) => new(mean, new Random(seed));

    public bool IsNone => _mean <= TimeSpan.Zero;

    /// <summary>The pause before the next answer.</summary>
    public TimeSpan Next() => _random is null ? _mean : _mean * Math.Min(-Math.Log(1 - _random.NextDouble()), MaxMultiple);

    /// <summary>The wait before a user's first turn: none for fixed pauses (the old lockstep), a uniform share of one mean otherwise.</summary>
    public TimeSpan Start() => _random is null ? TimeSpan.Zero : _mean * _random.NextDouble();
}
