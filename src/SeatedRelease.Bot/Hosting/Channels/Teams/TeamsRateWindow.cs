using System.Collections.Concurrent;

namespace SeatedRelease.Bot.Teams;

/// <summary>
/// Keeps each Teams conversation inside Teams' limits for a bot: 7 messages in any second and 60 in any
/// 30 seconds. Remembered in memory, per host instance. Each conversation has its own window and its own lock,
/// so a turn costs the same however many conversations are active, and turns of different conversations never wait
/// for each other.
/// </summary>
public sealed class TeamsRateWindow
{
    /// <summary>Messages allowed in any one second.</summary>
    public const int PerSecond = 7;

    /// <summary>Messages allowed in any 30 seconds.</summary>
    public const int PerThirtySeconds = 60;

    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan ThirtySeconds = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<string, Window> _windows = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private readonly Func<TimeSpan, CancellationToken, Task> _delay;
    private long _nextSweepTicks;
    private int _sweeping;

    /// <summary>Creates the window; <paramref name="delay"/> replaces waiting on the clock (tests move a manual clock instead).</summary>
    public TeamsRateWindow(TimeProvider time, Func<TimeSpan, CancellationToken, Task>? delay = null)
    {
        _time = time;
        _delay = delay ?? ((wait, ct) => Task.Delay(wait, time, ct));
        _nextSweepTicks = time.GetUtcNow().UtcTicks + ThirtySeconds.Ticks;
    }

    /// <summary>Conversations that sent something in the last 30 seconds, and perhaps some quiet ones not yet swept.</summary>
    public int Tracked => _windows.Count;

    /// <summary>How many messages may go now without passing either limit (0 when full).</summary>
    public int Allowance(string conversationId) =>
        _windows.TryGetValue(conversationId, out var window) ? window.Room(_time.GetUtcNow()).Count : PerSecond;

    /// <summary>
    /// Waits until at least one message may go, then returns how many may. Only a conversation already at the
    /// limit waits, which a listener following the movement never reaches; waiting is better than a refused message.
    /// </summary>
    public async Task<int> WaitForRoomAsync(string conversationId, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (!_windows.TryGetValue(conversationId, out var window)) return PerSecond;
            var room = window.Room(_time.GetUtcNow());
            if (room.Count > 0) return room.Count;
            await _delay(room.Wait, cancellationToken);
        }
    }

    /// <summary>Counts messages just sent.</summary>
    public void Record(string conversationId, int count)
    {
        var now = _time.GetUtcNow();
        // A window retired by the sweep a moment ago takes nothing more; the conversation gets a fresh one.
        while (!_windows.GetOrAdd(conversationId, static _ => new Window()).TryAdd(now, count))
        {
        }
        SweepIfDue(now);
    }

    // Conversations quiet for 30 seconds are dropped, so the map holds only recent talkers. One turn in every
    // 30 seconds does it, so each turn's share stays constant; other turns carry on meanwhile.
    private void SweepIfDue(DateTimeOffset now)
    {
        var due = Interlocked.Read(ref _nextSweepTicks);
        if (now.UtcTicks < due || Interlocked.CompareExchange(ref _sweeping, 1, 0) != 0) return;
        try
        {
            Interlocked.Exchange(ref _nextSweepTicks, now.UtcTicks + ThirtySeconds.Ticks);
            foreach (var (id, window) in _windows)
            {
                if (window.TryRetire(now)) _windows.TryRemove(new KeyValuePair<string, Window>(id, window));
            }
        }
        finally
        {
            Volatile.Write(ref _sweeping, 0);
        }
    }

    /// <summary>One conversation's last 60 sends, oldest first, in a ring: every question about it looks at 60 at most.</summary>
    private sealed class Window
    {
        private readonly Lock _gate = new();
        private readonly long[] _ticks = new long[PerThirtySeconds];
        private int _start;
        private int _count;
        private bool _retired;

        public bool TryAdd(DateTimeOffset now, int count)
        {
            lock (_gate)
            {
                if (_retired) return false;
                // Only the last 60 can ever matter to either limit.
                for (var i = Math.Max(0, count - PerThirtySeconds); i < count; i++)
                {
                    if (_count == _ticks.Length)
                    {
                        _start = (_start + 1) % _ticks.Length;
                        _count--;
                    }
                    _ticks[(_start + _count) % _ticks.Length] = now.UtcTicks;
                    _count++;
                }
                return true;
            }
        }

        public bool TryRetire(DateTimeOffset now)
        {
            lock (_gate)
            {
                Forget(now);
                _retired = _count == 0;
                return _retired;
            }
        }

        public (int Count, TimeSpan Wait) Room(DateTimeOffset now)
        {
            lock (_gate)
            {
                Forget(now);
                var inSecond = 0;
                while (inSecond < _count && now.UtcTicks - At(_count - 1 - inSecond) < Second.Ticks) inSecond++;
                var count = Math.Min(PerSecond - inSecond, PerThirtySeconds - _count);
                if (count > 0) return (count, TimeSpan.Zero);
                // The wait until one more fits: the oldest send that keeps each limit full has to age out of its window.
                var wait = TimeSpan.Zero;
                if (inSecond >= PerSecond) wait = TimeSpan.FromTicks(At(_count - PerSecond) + Second.Ticks - now.UtcTicks);
                if (_count >= PerThirtySeconds) wait = Max(wait, TimeSpan.FromTicks(At(_count - PerThirtySeconds) + ThirtySeconds.Ticks - now.UtcTicks));
                return (0, Max(wait, TimeSpan.FromMilliseconds(1)));
            }
        }

        private void Forget(DateTimeOffset now)
        {
            while (_count > 0 && now.UtcTicks - _ticks[_start] >= ThirtySeconds.Ticks)
            {
                _start = (_start + 1) % _ticks.Length;
                _count--;
            }
        }

        private long At(int index) => _ticks[(_start + index) % _ticks.Length];
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
