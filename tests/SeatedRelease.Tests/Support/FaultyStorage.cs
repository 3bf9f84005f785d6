using Microsoft.Bot.Builder;

namespace SeatedRelease.Tests.Support;

/// <summary>A real store that can be switched off (every call fails as a network error would), or raced.</summary>
internal sealed class FaultyStorage(IStorage inner) : IStorage
{
    public bool Down { get; set; }

    /// <summary>Runs once, just before the next write reaches the store: another turn sneaking in first.</summary>
    public Func<Task>? BeforeNextWrite { get; set; }

    /// <summary>Runs after each write that succeeded, with what was written: another turn landing just after.</summary>
    public Func<IDictionary<string, object>, IStorage, Task>? AfterWrite { get; set; }

    public int Conflicts { get; private set; }

    /// <summary>How many practice items (not user records) were asked for.</summary>
    public int PracticeReads { get; private set; }

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        PracticeReads += keys.Count(k => k.StartsWith("practice/", StringComparison.Ordinal));
        return Down ? throw new HttpRequestException("store unreachable") : inner.ReadAsync(keys, cancellationToken);
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        if (Down) throw new HttpRequestException("store unreachable");
        if (BeforeNextWrite is { } race)
        {
            BeforeNextWrite = null;
            await race();
        }
        try
        {
            await inner.WriteAsync(changes, cancellationToken);
        }
        catch (Exception e) when (SeatedRelease.Bot.Hosting.StorageConflict.IsConflict(e))
        {
            Conflicts++;
            throw;
        }
        if (AfterWrite is { } after) await after(changes, inner);
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) =>
        Down ? throw new HttpRequestException("store unreachable") : inner.DeleteAsync(keys, cancellationToken);
}
