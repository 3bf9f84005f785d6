using Microsoft.Bot.Builder;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace SeatedRelease.Bot.Hosting;

/// <summary>
/// Puts a time limit on every call to a store and a circuit breaker in front of it: after repeated failures or
/// timeouts, calls fail at once (<see cref="BrokenCircuitException"/>) for a while, then one call probes the store
/// and a success closes the circuit. An ETag conflict is an answer, not a failure, and so is a call its caller
/// cancelled.
/// </summary>
public sealed class GuardedStorage : IStorage, IStoreHealth, IDisposable
{
    private readonly IStorage _inner;
    private readonly ResiliencePipeline _pipeline;
    private readonly CircuitBreakerStateProvider _circuit = new();

    /// <summary>Guards <paramref name="inner"/>; <paramref name="time"/> drives the timeouts and the breaker.</summary>
    public GuardedStorage(IStorage inner, StoreGuardOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(options);
        _inner = inner;
        _pipeline = new ResiliencePipelineBuilder { TimeProvider = time }
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                FailureRatio = options.FailureRatio,
                MinimumThroughput = options.MinimumCalls,
                SamplingDuration = options.SamplingDuration,
                BreakDuration = options.BreakDuration,
                StateProvider = _circuit,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } e && IsFault(e, args.Context.CancellationToken)),
            })
            .AddTimeout(new TimeoutStrategyOptions { Timeout = options.CallTimeout })
            .Build();
    }

    /// <summary>The store inside.</summary>
    public IStorage Inner => _inner;

    /// <inheritdoc />
    public string? Problem =>
        _circuit.CircuitState is CircuitState.Open or CircuitState.HalfOpen or CircuitState.Isolated
            ? "The state store is failing or not answering; turns are answered but nothing moves until it is back."
            : (_inner as IStoreHealth)?.Problem;

    /// <inheritdoc />
    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) =>
        _pipeline.ExecuteAsync(static (s, ct) => new ValueTask<IDictionary<string, object>>(s.Inner.ReadAsync(s.Keys, ct)), (Inner: _inner, Keys: keys), cancellationToken).AsTask();

    /// <inheritdoc />
    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default) =>
        _pipeline.ExecuteAsync(static (s, ct) => new ValueTask(s.Inner.WriteAsync(s.Changes, ct)), (Inner: _inner, Changes: changes), cancellationToken).AsTask();

    /// <inheritdoc />
    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) =>
        _pipeline.ExecuteAsync(static (s, ct) => new ValueTask(s.Inner.DeleteAsync(s.Keys, ct)), (Inner: _inner, Keys: keys), cancellationToken).AsTask();

    /// <inheritdoc />
    public void Dispose() => (_inner as IDisposable)?.Dispose();

    private static bool IsFault(Exception e, CancellationToken caller) =>
        e is TimeoutRejectedException || (!StorageConflict.IsConflict(e) && !(e is OperationCanceledException && caller.IsCancellationRequested));
}
