using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;

namespace SeatedRelease.Bot.Hosting;

/// <summary>Hands out connector clients that are built by the inner factory on first use.</summary>
public sealed class DeferredConnectorFactory(ConnectorFactory inner) : ConnectorFactory
{
    /// <inheritdoc />
    public override Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken) =>
        Task.FromResult<IConnectorClient>(new DeferredConnectorClient(ct => inner.CreateAsync(serviceUrl, audience, ct), cancellationToken));
}
