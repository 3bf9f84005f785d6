using Microsoft.Bot.Schema;

namespace SeatedRelease.Bot.DirectLine;

/// <summary>
/// Every activity of one conversation, user's echoes and bot's replies, in the order the client
/// must see them. The watermark is the count of activities ever appended, so it stays valid after
/// the oldest ones are dropped to keep memory bounded.
/// </summary>
internal sealed class ConversationLog(string conversationId, int capacity)
{
    private readonly object _gate = new();
    private readonly List<Activity> _activities = [];
    private long _dropped;

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

    /// <summary>Gives the activity its Direct Line id and keeps it; returns that id.</summary>
    public string Append(Activity activity)
    {
        lock (_gate)
        {
            var sequence = _dropped + _activities.Count;
            activity.Id = $"{conversationId}|{sequence:D7}";
            _activities.Add(activity);
            if (_activities.Count > capacity)
            {
                _activities.RemoveAt(0);
                _dropped++;
            }

            return activity.Id;
        }
    }

    /// <summary>The activities at or after <paramref name="watermark"/>, and the new watermark.</summary>
    public (IReadOnlyList<Activity> Activities, long Watermark) After(long watermark)
    {
        lock (_gate)
        {
            var total = _dropped + _activities.Count;
            var start = Math.Clamp(watermark - _dropped, 0, _activities.Count);
            return (_activities.GetRange((int)start, _activities.Count - (int)start), total);
        }
    }
}
