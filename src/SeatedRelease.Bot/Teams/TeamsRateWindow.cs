namespace SeatedRelease.Bot.Teams;

/// <summary>
/// How many more messages a Teams conversation may receive now without passing Teams' limits for a bot:
/// 7 in any second and 60 in any 30 seconds per conversation. Remembered in memory, per host instance.
/// </summary>
public sealed class TeamsRateWindow(TimeProvider time)
{
    /// <summary>Messages allowed in any one second.</summary>
    public const int PerSecond = 7;

    /// <summary>Messages allowed in any 30 seconds.</summary>
    public const int PerThirtySeconds = 60;

    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan ThirtySeconds = TimeSpan.FromSeconds(30);
    private readonly Dictionary<string, Queue<DateTimeOffset>> _sent = [];
    private readonly Lock _gate = new();

    /// <summary>How many messages may go now; at least 1, so that a turn is never silent (Teams then throttles the one).</summary>
    public int Allowance(string conversationId)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            if (!_sent.TryGetValue(conversationId, out var sent)) return PerSecond;
            Forget(sent, now);
            var lastSecond = sent.Count(t => now - t < Second);
            return Math.Max(1, Math.Min(PerSecond - lastSecond, PerThirtySeconds - sent.Count));
        }
    }

    /// <summary>Counts messages just sent.</summary>
    public void Record(string conversationId, int count)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            if (!_sent.TryGetValue(conversationId, out var sent)) _sent[conversationId] = sent = new Queue<DateTimeOffset>();
            for (var i = 0; i < count; i++) sent.Enqueue(now);
            Forget(sent, now);
            // Conversations that went quiet are dropped, so the map holds only the last 30 seconds' talkers.
            if (_sent.Count > 1000)
            {
                foreach (var key in _sent.Where(kv => kv.Value.Count == 0 || now - kv.Value.Last() >= ThirtySeconds).Select(kv => kv.Key).ToList())
                {
                    _sent.Remove(key);
                }
            }
        }
    }

    private static void Forget(Queue<DateTimeOffset> sent, DateTimeOffset now)
    {
        while (sent.Count > 0 && now - sent.Peek() >= ThirtySeconds) sent.Dequeue();
    }
}
