using Microsoft.Bot.Schema;

namespace SeatedRelease.Bot.DirectLine;

/// <summary>
/// Every activity of one conversation, user's echoes and bot's replies, in the order the client
/// must see them. The watermark is the count of activities ever appended, so it stays valid after
/// the oldest ones are dropped to keep memory bounded.
/// </summary>
internal sealed class ConversationLog(string conversationId, int capacity, DirectLineMemory memory)
{
    private readonly object _gate = new();
    private readonly List<(Activity Activity, long Bytes)> _activities = [];
    private long _dropped;
    private long _bytes;
    private bool _closed;

    public long Watermark
    {
        get
        {
            lock (_gate)
            {
                return _dropped + _activities.Count;
            }
        }
    }

    /// <summary>What the kept activities take, as counted against the shared budget.</summary>
    public long Bytes
    {
        get
        {
            lock (_gate)
            {
                return _bytes;
            }
        }
    }

    /// <summary>
    /// Gives the activity its Direct Line id and keeps it; returns that id. <paramref name="reserved"/> is what
    /// the caller already counted against the budget for it; without it the activity is measured and counted here.
    /// </summary>
    public string Append(Activity activity, long? reserved = null)
    {
        string id;
        long size;
        long dropped = 0;
        lock (_gate)
        {
            var sequence = _dropped + _activities.Count;
            activity.Id = id = $"{conversationId}|{sequence:D7}";
            if (_closed)
            {
                // The conversation was dropped while its last turn ran: nobody can poll for this any more.
                memory.Release(reserved ?? 0);
                return id;
            }

            size = reserved ?? DirectLineJson.SizeOf(activity);
            _activities.Add((activity, size));
            _bytes += size;
            if (_activities.Count > capacity)
            {
                dropped = RemoveOldest();
            }
        }

        // Outside the lock: making room may take other logs' locks.
        memory.Release(dropped);
        if (reserved is null)
        {
            memory.Take(size);
        }

        return id;
    }

    /// <summary>Drops the oldest activity kept; returns what it took (0 when there was none).</summary>
    public long DropOldest()
    {
        lock (_gate)
        {
            return _activities.Count == 0 ? 0 : RemoveOldest();
        }
    }

    /// <summary>Drops everything kept and keeps nothing more; returns what it all took.</summary>
    public long Close()
    {
        lock (_gate)
        {
            _closed = true;
            var bytes = _bytes;
            _dropped += _activities.Count;
            _activities.Clear();
            _bytes = 0;
            return bytes;
        }
    }

    /// <summary>The activities at or after <paramref name="watermark"/>, and the new watermark.</summary>
    public (IReadOnlyList<Activity> Activities, long Watermark) After(long watermark)
    {
        lock (_gate)
        {
            var total = _dropped + _activities.Count;
            var start = (int)Math.Clamp(watermark - _dropped, 0, _activities.Count);
            var activities = new List<Activity>(_activities.Count - start);
            for (var i = start; i < _activities.Count; i++)
            {
                activities.Add(_activities[i].Activity);
            }

            return (activities, total);
        }
    }

    private long RemoveOldest()
    {
        var bytes = _activities[0].Bytes;
        _activities.RemoveAt(0);
        _dropped++;
        _bytes -= bytes;
        return bytes;
    }
}
