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
/// </summary>
public sealed class JsonMemoryStorage : IStorage
{
    private readonly Dictionary<string, (string ETag, string Json)> _items = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private long _lastETag;

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
            foreach (var key in keys) _items.Remove(key);
        }
        return Task.CompletedTask;
    }
}
