using Microsoft.Bot.Builder;

namespace SeatedRelease.Tests.Support;

/// <summary>A real store that can be switched off (every call fails as a network error would), or raced.</summary>
internal sealed class FaultyStorage(IStorage inner) : IStorage
{
    public bool Down { get; set; }

    /// <summary>Every call waits until cancelled, as a store that stopped answering does.</summary>
    public bool Hanging { get; set; }

    /// <summary>The next write lands in the store, then fails as if its answer was lost on the way back.</summary>
    public bool LoseNextWriteAnswer { get; set; }

    /// <summary>
    /// The next write lands, then is refused with a conflict, as the Azure SDK's retry of a conditional upload
    /// whose first attempt had landed is refused with 412.
    /// </summary>
    public bool RefuseNextWriteAfterLanding { get; set; }

    /// <summary>
    /// The next write keeps its caller waiting until cancelled, and reaches the store only once this is completed: a
    /// write a paused store takes after its writer stopped waiting. <see cref="LateWrite"/> is that landing.
    /// </summary>
    public TaskCompletionSource? LandNextWriteLate { get; set; }

    /// <summary>The late write's landing, once <see cref="LandNextWriteLate"/> has let it through.</summary>
    public Task LateWrite { get; private set; } = Task.CompletedTask;

    /// <summary>Each write waits this long before it reaches the store, so that turns sent together overlap.</summary>
    public TimeSpan WriteDelay { get; set; }

    private int _calls;

    /// <summary>How many calls reached this store.</summary>
    public int Calls => _calls;

    /// <summary>Runs once, just before the next write reaches the store: another turn sneaking in first.</summary>
    public Func<Task>? BeforeNextWrite { get; set; }

    /// <summary>Runs after each write that succeeded, with what was written: another turn landing just after.</summary>
    public Func<IDictionary<string, object>, IStorage, Task>? AfterWrite { get; set; }

    public int Conflicts { get; private set; }

    /// <summary>How many practice items (not user records) were asked for.</summary>
    public int PracticeReads { get; private set; }

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        PracticeReads += keys.Count(k => k.StartsWith("practice/", StringComparison.Ordinal));
        await FaultAsync(cancellationToken);
        return await inner.ReadAsync(keys, cancellationToken);
    }

    private async Task FaultAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        if (Hanging) await Task.Delay(Timeout.Infinite, cancellationToken);
        if (Down) throw new HttpRequestException("store unreachable");
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        await FaultAsync(cancellationToken);
        if (LandNextWriteLate is { } late)
        {
            LandNextWriteLate = null;
            LateWrite = late.Task.ContinueWith(_ => inner.WriteAsync(changes, CancellationToken.None), TaskScheduler.Default).Unwrap();
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        if (WriteDelay > TimeSpan.Zero) await Task.Delay(WriteDelay, cancellationToken);
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
        if (LoseNextWriteAnswer)
        {
            LoseNextWriteAnswer = false;
            throw new HttpRequestException("connection reset after the write landed");
        }
        if (RefuseNextWriteAfterLanding)
        {
            RefuseNextWriteAfterLanding = false;
            throw new SeatedRelease.Bot.Hosting.StorageConflictException(changes.Keys.First());
        }
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        await FaultAsync(cancellationToken);
        await inner.DeleteAsync(keys, cancellationToken);
    }
}
