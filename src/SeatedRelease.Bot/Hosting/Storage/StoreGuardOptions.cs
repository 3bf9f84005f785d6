namespace SeatedRelease.Bot.Hosting;

/// <summary>
/// How long a turn may wait for the store, and when to stop asking it (Storage:Guard). The defaults keep every turn
/// under 3 s, well inside the 15 s after which channels give up.
/// </summary>
public sealed class StoreGuardOptions
{
    /// <summary>One read, write or delete; a call that takes longer counts as a failure.</summary>
    public TimeSpan CallTimeout { get; set; } = TimeSpan.FromSeconds(1.5);

    /// <summary>All of one turn's store calls together, waiting behind earlier turns of its conversation included.</summary>
    public TimeSpan TurnBudget { get; set; } = TimeSpan.FromSeconds(2.7);

    /// <summary>Failures among recent calls that open the circuit: then calls fail at once instead of waiting.</summary>
    public double FailureRatio { get; set; } = 0.5;

    /// <summary>Calls needed within <see cref="SamplingDuration"/> before the ratio counts.</summary>
    public int MinimumCalls { get; set; } = 4;

    /// <summary>The window the failure ratio is taken over.</summary>
    public TimeSpan SamplingDuration { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long the circuit stays open before one call is let through to probe the store.</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(2);
}
