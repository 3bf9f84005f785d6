using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace SeatedRelease.Bot.State;

/// <summary>Typed reads and ETag-checked writes of single items over any <see cref="IStorage"/>.</summary>
public sealed class PracticeStore(IStorage storage)
{
    /// <summary>Reads one item; null when it does not exist.</summary>
    public async Task<T?> ReadAsync<T>(string key, CancellationToken cancellationToken) where T : class, IStoreItem
    {
        var items = await storage.ReadAsync([key], cancellationToken);
        return items.TryGetValue(key, out var value) ? As<T>(value) : null;
    }

    /// <summary>Reads several items in one call; those that exist, in the order of <paramref name="keys"/>.</summary>
    public async Task<List<T>> ReadManyAsync<T>(IReadOnlyList<string> keys, CancellationToken cancellationToken) where T : class, IStoreItem
    {
        var distinct = keys.Distinct().ToArray();
        if (distinct.Length == 0) return [];
        var items = await storage.ReadAsync(distinct, cancellationToken);
        var found = new List<T>(items.Count);
        foreach (var key in distinct)
        {
            if (items.TryGetValue(key, out var value) && As<T>(value) is { } item) found.Add(item);
        }
        return found;
    }

    // Stores that keep type names hand back T; stores of plain JSON hand back a JObject.
    private static T? As<T>(object? value) where T : class =>
        value is null ? null : value as T ?? (value as JObject ?? JObject.FromObject(value)).ToObject<T>();

    /// <summary>Writes one item; its ETag, unless null, empty or "*", must still be the stored one.</summary>
    public Task WriteAsync<T>(string key, T item, CancellationToken cancellationToken) where T : class, IStoreItem =>
        storage.WriteAsync(new Dictionary<string, object> { [key] = item }, cancellationToken);

    /// <summary>Deletes items; missing ones are fine.</summary>
    public Task DeleteAsync(IEnumerable<string> keys, CancellationToken cancellationToken) =>
        storage.DeleteAsync(keys.Distinct().ToArray(), cancellationToken);
}
