using System.Globalization;
using Microsoft.Bot.Builder;

namespace SeatedRelease.Bot.Hosting;

/// <summary>
/// State kept in this process only (lost on restart), with the same rules as the SQLite and Blob stores: items as
/// JSON text with type names, an ETag other than null, empty or "*" checked (a stale one, or one for a missing
/// item, raises <see cref="StorageConflictException"/>), a batch applied all or nothing, a written item stamped with
/// its new ETag. Unlike Bot Builder's
/// MemoryStorage, items are (de)serialized outside the lock, so turns of different conversations do not queue
/// behind one another, and each item is one string rather than a tree of JSON objects for the collector to walk.
/// Items that <c>finished</c> says are done with (an ended practice) are dropped a while after their last write,
/// so a long-running host does not keep every conversation it ever had.
/// </summary>
public sealed class JsonMemoryStorage : IStorage
{
    private readonly Dictionary<string, (string ETag, string Json)> _items = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _expiries = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly Func<object, bool>? _finished;
    private readonly TimeSpan _keepFinished;
    private readonly TimeProvider _time;
    private DateTimeOffset _nextSweep;
    private long _lastETag;

    /// <summary>Keeps everything until it is deleted.</summary>
    public JsonMemoryStorage()
        : this(null, TimeSpan.Zero, TimeProvider.System)
    {
    }

    /// <summary>Drops an item <paramref name="keepFinished"/> after a write of it that <paramref name="finished"/> says is its last.</summary>
    public JsonMemoryStorage(Func<object, bool>? finished, TimeSpan keepFinished, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        _finished = finished;
        _keepFinished = keepFinished;
        _time = time;
    }

    /// <summary>How many items are held.</summary>
    public int Count
    {
        get
        {
            lock (_gate) return _items.Count;
        }
    }

    /// <inheritdoc />
    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        cancellationToken.ThrowIfCancellationRequested();
        var found = new List<(string Key, string ETag, string Json)>(keys.Length);
        lock (_gate)
        {
            foreach (var key in keys)
            {
                if (_items.TryGetValue(key, out var row)) found.Add((key, row.ETag, row.Json));
            }
        }
        var result = new Dictionary<string, object>(found.Count, StringComparer.Ordinal);
        foreach (var (key, etag, json) in found) result[key] = StoreJson.WithETag(StoreJson.FromJson(json), etag);
        return Task.FromResult<IDictionary<string, object>>(result);
    }

    /// <inheritdoc />
    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        cancellationToken.ThrowIfCancellationRequested();
        var rows = changes.Select(c => (c.Key, Json: StoreJson.ToJson(c.Value ?? throw new ArgumentNullException(nameof(changes), $"'{c.Key}' has no value.")), Expected: StoreJson.ExpectedETag(c.Value))).ToList();
        var etags = new string[rows.Count];
        var now = _finished is null ? default : _time.GetUtcNow();
        lock (_gate)
        {
            foreach (var (key, _, expected) in rows)
            {
                if (expected is not null && (!_items.TryGetValue(key, out var current) || current.ETag != expected)) throw new StorageConflictException(key);
            }
            for (var i = 0; i < rows.Count; i++)
            {
                etags[i] = (++_lastETag).ToString(CultureInfo.InvariantCulture);
                _items[rows[i].Key] = (etags[i], rows[i].Json);
            }
            if (_finished is not null) Expire(changes, now);
        }
        StoreJson.StampWritten(changes, etags);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            foreach (var key in keys)
            {
                _items.Remove(key);
                _expiries.Remove(key);
            }
        }
        return Task.CompletedTask;
    }

    // Under the gate: notes when each written item falls due, and now and then drops those that have.
    private void Expire(IDictionary<string, object> changes, DateTimeOffset now)
    {
        foreach (var (key, value) in changes)
        {
            if (_finished!(value)) _expiries[key] = now + _keepFinished;
            else _expiries.Remove(key);
        }
        if (now < _nextSweep) return;
        _nextSweep = now + TimeSpan.FromMinutes(1);
        foreach (var (key, due) in _expiries.Where(e => e.Value <= now).ToList())
        {
            _items.Remove(key);
            _expiries.Remove(key);
        }
    }
}
