using System.Collections.Concurrent;
using SeatedRelease.Practice.Engine;

namespace SeatedRelease.Bot.State;

/// <summary>
/// The last position this instance saw of each recent conversation, and any position it could not save.
/// A position written here with the ETag the store gave it is the first guess for the next turn, which then need
/// not read the store: the write is ETag-checked, so a guess that another instance has overtaken fails as a
/// conflict and the turn is read and applied again. When the store cannot be reached the practice goes on from
/// here; once it is back, an unsaved position is written over the one it was based on, or its safety notes are
/// merged into a newer one.
/// </summary>
public sealed class PracticeCache(int capacity = 4096)
{
    private sealed record Entry(PracticeState State, long BaseRevision, bool Unsaved, bool Warned, long Stamp, string? ETag = null, IReadOnlyList<string>? ActivityIds = null);

    private readonly ConcurrentDictionary<string, Entry> _entries = new();
    private long _clock;

    /// <summary>How many conversations are held.</summary>
    public int Count => _entries.Count;

    /// <summary>Remembers a position that the store now holds, with its ETag when the store said it, and the activities it answered.</summary>
    public void Saved(string key, PracticeState state, long revision, string? etag = null, IReadOnlyList<string>? activityIds = null) =>
        Put(key, new Entry(state.Clone(), revision, false, false, Tick(), etag, activityIds?.ToArray()));

    /// <summary>The position this instance last wrote, with its ETag; null when there is none or it was not saved.</summary>
    public PracticeRecord? Written(string key) =>
        _entries.TryGetValue(key, out var e) && !e.Unsaved && e.ETag is not null
            ? new PracticeRecord { State = e.State.Clone(), Revision = e.BaseRevision, ETag = e.ETag, ActivityIds = [.. e.ActivityIds ?? []] }
            : null;

    /// <summary>Remembers a position the store could not take. True when the listener has not yet been told.</summary>
    public bool Unsaved(string key, PracticeState state, long baseRevision)
    {
        var previous = _entries.TryGetValue(key, out var e) && e.Unsaved ? e : null;
        // Keep the revision of the last stored version this chain of unsaved turns grew from.
        Put(key, new Entry(state.Clone(), previous is null ? baseRevision : previous.BaseRevision, true, true, Tick()));
        return previous is null || !previous.Warned;
    }

    /// <summary>The last position seen here, when the store cannot be read.</summary>
    public PracticeRecord? LastKnown(string key) =>
        _entries.TryGetValue(key, out var e) ? new PracticeRecord { State = e.State.Clone(), Revision = e.BaseRevision } : null;

    /// <summary>
    /// What to build this turn on, given what the store holds. An unsaved position wins if nobody wrote since it
    /// was based; otherwise the stored one wins, and gains any safety note only the unsaved one has.
    /// </summary>
    public PracticeRecord? Reconcile(string key, PracticeRecord? stored)
    {
        if (!_entries.TryGetValue(key, out var e) || !e.Unsaved) return stored;
        if (stored is null || stored.Revision == e.BaseRevision)
        {
            return new PracticeRecord { State = e.State.Clone(), ETag = stored?.ETag, Revision = stored?.Revision ?? 0 };
        }
        foreach (var note in e.State.Notes.Where(n => !stored.State.Notes.Any(s => s.SameReport(n))))
        {
            stored.State.Notes.Add(note.Clone());
        }
        return stored;
    }

    /// <summary>Forgets conversations (after "delete my data").</summary>
    public void Remove(IEnumerable<string> keys)
    {
        foreach (var key in keys) _entries.TryRemove(key, out _);
    }

    private long Tick() => Interlocked.Increment(ref _clock);

    private void Put(string key, Entry entry)
    {
        _entries[key] = entry;
        // Counting a ConcurrentDictionary takes every one of its locks, so it is counted only now and then.
        if ((entry.Stamp & 63) == 0 && _entries.Count > capacity + capacity / 8) Trim();
    }

    // Drops the least recently used saved positions; unsaved ones are kept until the store takes them.
    private void Trim()
    {
        var excess = _entries.Count - capacity;
        foreach (var (key, _) in _entries.Where(kv => !kv.Value.Unsaved).OrderBy(kv => kv.Value.Stamp).Take(excess).ToList())
        {
            _entries.TryRemove(key, out _);
        }
    }
}
