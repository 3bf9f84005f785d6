namespace SeatedRelease.Bot.Teams;

/// <summary>
/// Keeps each Teams conversation inside Teams' limits for a bot: 7 messages in any second and 60 in any
/// 30 seconds. Remembered in memory, per host instance.
/// </summary>
public sealed class TeamsRateWindow
{
    /// <summary>Messages allowed in any one second.</summary>
    public const int PerSecond = 7;

    /// <summary>Messages allowed in any 30 seconds.</summary>
    public const int PerThirtySeconds = 60;

    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan ThirtySeconds = TimeSpan.FromSeconds(30);
    private readonly Dictionary<string, List<DateTimeOffset>> _sent = [];
    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly Func<TimeSpan, CancellationToken, Task> _delay;

    /// <summary>Creates the window; <paramref name="delay"/> replaces waiting on the clock (tests move a manual clock instead).</summary>
    public TeamsRateWindow(TimeProvider time, Func<TimeSpan, CancellationToken, Task>? delay = null)
    {
        _time = time;
        _delay = delay ?? ((wait, ct) => Task.Delay(wait, time, ct));
    }

    /// <summary>How many messages may go now without passing either limit (0 when full).</summary>
    public int Allowance(string conversationId)
    {
        lock (_gate)
        {
            return Room(conversationId, _time.GetUtcNow()).Count;
        }
    }

    /// <summary>
    /// Waits until at least one message may go, then returns how many may. Only a conversation already at the
    /// limit waits, which a listener following the movement never reaches; waiting is better than a refused message.
    /// </summary>
    public async Task<int> WaitForRoomAsync(string conversationId, CancellationToken cancellationToken)
    {
        while (true)
        {
            (int Count, TimeSpan Wait) room;
            lock (_gate)
            {
                room = Room(conversationId, _time.GetUtcNow());
            }
            if (room.Count > 0) return room.Count;
            await _delay(room.Wait, cancellationToken);
        }
    }

    /// <summary>Counts messages just sent.</summary>
    public void Record(string conversationId, int count)
    {
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            if (!_sent.TryGetValue(conversationId, out var sent)) _sent[conversationId] = sent = [];
            for (var i = 0; i < count; i++) sent.Add(now);
            // Conversations quiet for 30 seconds are dropped, so the map holds only recent talkers.
            if (_sent.Count > 1000)
            {
                foreach (var key in _sent.Where(kv => kv.Value.Count == 0 || now - kv.Value[^1] >= ThirtySeconds).Select(kv => kv.Key).ToList())
                {
                    _sent.Remove(key);
                }
            }
        }
    }

    private (int Count, TimeSpan Wait) Room(string conversationId, DateTimeOffset now)
    {
        if (!_sent.TryGetValue(conversationId, out var sent)) return (PerSecond, TimeSpan.Zero);
        sent.RemoveAll(t => now - t >= ThirtySeconds);
        var inSecond = sent.Where(t => now - t < Second).ToList();
        var count = Math.Min(PerSecond - inSecond.Count, PerThirtySeconds - sent.Count);
        if (count > 0) return (count, TimeSpan.Zero);
        // The wait until one more fits: the oldest send that keeps each limit full has to age out of its window.
        var wait = TimeSpan.Zero;
        if (inSecond.Count >= PerSecond) wait = inSecond[inSecond.Count - PerSecond] + Second - now;
        if (sent.Count >= PerThirtySeconds) wait = Max(wait, sent[sent.Count - PerThirtySeconds] + ThirtySeconds - now);
        return (0, Max(wait, TimeSpan.FromMilliseconds(1)));
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
