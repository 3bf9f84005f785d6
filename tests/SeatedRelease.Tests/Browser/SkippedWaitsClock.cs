namespace SeatedRelease.Tests.Browser;

/// <summary>
/// The system clock, except that a one-off wait (the host's delay between two lines of a turn) ends
/// at once and moves this clock on by what it would have waited. The lines then carry the same gaps
/// in their timestamps as if the host had waited, and the page, not the host, must keep the silence.
/// Repeating timers (the idle sweep) run on real time, so nothing else is hurried.
/// </summary>
internal sealed class SkippedWaitsClock : TimeProvider
{
    private long _skippedTicks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _skippedTicks));

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (period == Timeout.InfiniteTimeSpan && dueTime > TimeSpan.Zero && dueTime != Timeout.InfiniteTimeSpan)
        {
            Interlocked.Add(ref _skippedTicks, dueTime.Ticks);
            return System.CreateTimer(callback, state, TimeSpan.Zero, Timeout.InfiniteTimeSpan);
        }

        return System.CreateTimer(callback, state, dueTime, period);
    }
}
