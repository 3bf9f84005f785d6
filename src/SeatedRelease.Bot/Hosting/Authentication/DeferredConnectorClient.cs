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
    private readonly Deferred<IConnectorClient> _client = new(() => create(cancellationToken));

    /// <summary>Builds the real client, if it is not built yet, and returns it.</summary>
    public Task<IConnectorClient> EnsureCreatedAsync() => _client.GetAsync();

    // The interface's members are synchronous, so they may only read a client that is already built. The SDK's
    // credential factories complete at once, and the adapter awaits EnsureCreatedAsync before its own sends; a
    // factory that is still working is a caller's mistake to report, not a thread to block.
    private IConnectorClient Client
    {
        get
        {
            var client = EnsureCreatedAsync();
            if (!client.IsCompleted)
            {
                throw new InvalidOperationException("The connector client is still being built: await EnsureCreatedAsync before using it.");
            }
            return client.GetAwaiter().GetResult();
        }
    }

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
    public void Dispose() => _client.Dispose();
}
