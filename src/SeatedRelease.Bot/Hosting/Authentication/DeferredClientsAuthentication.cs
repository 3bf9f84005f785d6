using System.Security.Claims;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace SeatedRelease.Bot.Hosting;

/// <summary>
/// The configured authentication, unchanged, except that the connector and user-token clients it hands each turn are
/// built only when the turn first uses them. CloudAdapter builds both for every activity, and each construction
/// parses the REST client's user-agent with new regular expressions: about 40% of a turn's CPU under load, spent
/// even when the replies travel back in the HTTP response (expectReplies) and no client is ever called.
/// </summary>
public sealed class DeferredClientsAuthentication(BotFrameworkAuthentication inner) : BotFrameworkAuthentication
{
    /// <inheritdoc />
    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken) =>
        Deferred(await inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken));

    /// <inheritdoc />
    public override async Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken) =>
        Deferred(await inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken));

    /// <inheritdoc />
    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) =>
        new DeferredConnectorFactory(inner.CreateConnectorFactory(claimsIdentity));

    /// <inheritdoc />
    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
        Task.FromResult<UserTokenClient>(new DeferredUserTokenClient(ct => inner.CreateUserTokenClientAsync(claimsIdentity, ct)));

    /// <inheritdoc />
    public override Microsoft.Bot.Builder.Skills.BotFrameworkClient CreateBotFrameworkClient() => inner.CreateBotFrameworkClient();

    /// <inheritdoc />
    public override string GetOriginatingAudience() => inner.GetOriginatingAudience();

    /// <inheritdoc />
    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken) =>
        inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken);

    private static AuthenticateRequestResult Deferred(AuthenticateRequestResult result)
    {
        if (result.ConnectorFactory is { } factory and not DeferredConnectorFactory)
        {
            result.ConnectorFactory = new DeferredConnectorFactory(factory);
        }
        return result;
    }
}
