namespace SeatedRelease.Bot.State;

/// <summary>
/// Logs store failures at most once per interval, with how many were left out since: a store that is down fails
/// on every turn, and one stack trace per turn fills a disk faster than it tells anyone anything.
/// </summary>
public sealed class StoreFaultLog(ILogger<StoreFaultLog> logger, TimeProvider time)
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    private readonly Lock _lock = new();
    private DateTimeOffset _next = DateTimeOffset.MinValue;
    private int _skipped;

    /// <summary>How many failures were not logged since the last one that was.</summary>
    public int Skipped
    {
        get
        {
            lock (_lock) return _skipped;
        }
    }

    /// <summary>Logs <paramref name="e"/> with <paramref name="what"/> unless another failure was logged within the interval.</summary>
    public void Failed(Exception e, string what)
    {
        int skipped;
        lock (_lock)
        {
            var now = time.GetUtcNow();
            if (now < _next)
            {
                _skipped++;
                return;
            }
            _next = now + Interval;
            skipped = _skipped;
            _skipped = 0;
        }
        logger.LogWarning(e, "{What} ({Skipped} more store failures since the last one logged.)", what, skipped);
    }
}
