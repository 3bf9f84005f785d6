namespace SeatedRelease.Bot.Hosting;

/// <summary>
/// One disposable built the first time it is asked for, and disposed with its holder; never built after that.
/// </summary>
public sealed class Deferred<T>(Func<Task<T>> create) : IDisposable where T : class, IDisposable
{
    private readonly Lock _gate = new();
    private Task<T>? _value;
    private bool _disposed;

    /// <summary>The value, built on the first call.</summary>
    public Task<T> GetAsync()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return _value ??= create();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Task<T>? value;
        lock (_gate)
        {
            if (_disposed) return;
            _disposed = true;
            value = _value;
        }
        // A value still being built is disposed when it arrives.
        if (value is { IsCompletedSuccessfully: true }) value.Result.Dispose();
        else value?.ContinueWith(t => t.Result.Dispose(), CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
    }
}
