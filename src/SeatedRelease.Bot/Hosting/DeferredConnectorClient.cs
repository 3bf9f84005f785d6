using Microsoft.Bot.Connector;
using Microsoft.Rest;
using Newtonsoft.Json;

namespace SeatedRelease.Bot.Hosting;

/// <summary>
/// A connector client that asks its factory for the real one the first time any member is used, and disposes it
/// with itself. <see cref="EnsureCreatedAsync"/> lets the adapter build it without blocking before it sends.
/// </summary>
public sealed class DeferredConnectorClient(Func<CancellationToken, Task<IConnectorClient>> create, CancellationToken cancellationToken) : IConnectorClient
{
    private readonly Lock _gate = new();
    private Task<IConnectorClient>? _client;
    private bool _disposed;

    /// <summary>True once the real client has been asked for.</summary>
    public bool IsCreated => _client is not null;

    /// <summary>Builds the real client, if it is not built yet, and returns it.</summary>
    public Task<IConnectorClient> EnsureCreatedAsync()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return _client ??= create(cancellationToken);
        }
    }

    // Every credential factory of the SDK completes at once, so this wait does not block in practice; the adapter
    // calls EnsureCreatedAsync before its own sends in any case.
    private IConnectorClient Client => EnsureCreatedAsync().GetAwaiter().GetResult();

    /// <inheritdoc />
    public Uri BaseUri { get => Client.BaseUri; set => Client.BaseUri = value; }

    /// <inheritdoc />
    public JsonSerializerSettings SerializationSettings => Client.SerializationSettings;

    /// <inheritdoc />
    public JsonSerializerSettings DeserializationSettings => Client.DeserializationSettings;

    /// <inheritdoc />
    public ServiceClientCredentials Credentials => Client.Credentials;

    /// <inheritdoc />
    public IAttachments Attachments => Client.Attachments;

    /// <inheritdoc />
    public IConversations Conversations => Client.Conversations;

    /// <inheritdoc />
    public void Dispose()
    {
        Task<IConnectorClient>? client;
        lock (_gate)
        {
            if (_disposed) return;
            _disposed = true;
            client = _client;
        }
        if (client is { IsCompletedSuccessfully: true }) client.Result.Dispose();
        else client?.ContinueWith(t => t.Result.Dispose(), CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
    }
}
