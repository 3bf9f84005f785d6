namespace SeatedRelease.Tests.DirectLine;

/// <summary>A clock the test moves by hand, for token expiry and idle eviction.</summary>
public sealed class ManualClock : TimeProvider
{
    private DateTimeOffset _now = new(2026, 1, 1, 9, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
