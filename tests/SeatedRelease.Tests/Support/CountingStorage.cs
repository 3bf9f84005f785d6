using Microsoft.Bot.Builder;

namespace SeatedRelease.Tests.Support;

/// <summary>A memory store that counts its calls, to show a refused request never reached the store.</summary>
internal sealed class CountingStorage : IStorage
{
    private readonly MemoryStorage _inner = new();
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _calls);
        return _inner.ReadAsync(keys, cancellationToken);
    }

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _calls);
        return _inner.WriteAsync(changes, cancellationToken);
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _calls);
        return _inner.DeleteAsync(keys, cancellationToken);
    }
}
