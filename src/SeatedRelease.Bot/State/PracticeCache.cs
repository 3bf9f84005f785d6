using System.Collections.Concurrent;

namespace SeatedRelease.Bot.State;

/// <summary>
/// The practice item this instance last wrote for each recent conversation, with the ETag the store gave it. It is
/// the first guess for the conversation's next turn, which then need not read the store: the write is ETag-checked,
/// so a guess that another instance has overtaken fails as a conflict and the turn is read and applied again. It is
/// never a position to go on from: only what the store took is kept here.
/// </summary>
public sealed class PracticeCache(int capacity = 4096)
{
    private sealed record Entry(PracticeRecord Record, long Stamp);

    private readonly ConcurrentDictionary<string, Entry> _entries = new();
    private readonly ConcurrentDictionary<string, UnheardTurn> _unheard = new();
    private long _clock;

    /// <summary>How many conversations are held.</summary>
    public int Count => _entries.Count;

    /// <summary>
    /// Remembers an item the store now holds, under the ETag the store said; an item whose ETag is not known is only
    /// forgotten, as a guess without one would overwrite whatever the store holds.
    /// </summary>
    public void Saved(string key, PracticeRecord record, string? etag)
    {
        if (etag is null)
        {
            _entries.TryRemove(key, out _);
            return;
        }
        Put(key, new Entry(Copy(record, etag), Tick()));
    }

    /// <summary>The item this instance last wrote, with its ETag; null when there is none.</summary>
    public PracticeRecord? Written(string key) =>
        _entries.TryGetValue(key, out var e) ? Copy(e.Record, e.Record.ETag) : null;

    /// <summary>Forgets conversations (after "delete my data", or when a write's outcome is not known).</summary>
    public void Remove(IEnumerable<string> keys)
    {
        foreach (var key in keys) _entries.TryRemove(key, out _);
    }

    /// <summary>
    /// Remembers a turn whose write may have landed although this instance never learned that it did, so the listener
    /// was told their place could not be saved: if it landed, the reply in the store is one they never heard.
    /// </summary>
    public void Unheard(string key, string activityId, string words)
    {
        // Only outages fill this; should one fill it, the oldest guesses matter least.
        if (_unheard.Count >= capacity) _unheard.Clear();
        _unheard[key] = new UnheardTurn(activityId, words);
    }

    /// <summary>The turn <see cref="Unheard"/> remembered for the conversation, forgotten as it is handed out.</summary>
    public UnheardTurn? TakeUnheard(string key) => _unheard.TryRemove(key, out var turn) ? turn : null;

    private static PracticeRecord Copy(PracticeRecord record, string? etag) => new()
    {
        State = record.State.Clone(),
        Revision = record.Revision,
        ETag = etag,
        ActivityIds = [.. record.ActivityIds],
        Replies = [.. record.Replies],
    };

    private long Tick() => Interlocked.Increment(ref _clock);

    private void Put(string key, Entry entry)
    {
        _entries[key] = entry;
        // Counting a ConcurrentDictionary takes every one of its locks, so it is counted only now and then.
        if ((entry.Stamp & 63) == 0 && _entries.Count > capacity + capacity / 8) Trim();
    }

    // Drops the least recently written conversations.
    private void Trim()
    {
        // The dictionary's own ToArray is a snapshot; LINQ would size an array by Count and then copy into it while
        // other turns add conversations, which throws.
        var snapshot = _entries.ToArray();
        var excess = snapshot.Length - capacity;
        if (excess <= 0) return;
        Array.Sort(snapshot, static (a, b) => a.Value.Stamp.CompareTo(b.Value.Stamp));
        foreach (var (key, _) in snapshot.AsSpan(0, excess))
        {
            _entries.TryRemove(key, out _);
        }
    }
}

/// <summary>A turn whose reply may be in the store unheard: its activity and the words it was said with.</summary>
/// <param name="ActivityId">The activity's id.</param>
/// <param name="Words">Its words, lower case and trimmed.</param>
public sealed record UnheardTurn(string ActivityId, string Words);
