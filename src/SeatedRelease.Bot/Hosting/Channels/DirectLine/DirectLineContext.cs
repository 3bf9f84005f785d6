using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using SeatedRelease.Bot.Hosting;

namespace SeatedRelease.Bot.DirectLine;

/// <summary>What every Direct Line endpoint needs, gathered so the handlers stay short.</summary>
internal sealed class DirectLineContext(
    DirectLineConversationStore store,
    DirectLineRequestAuthorizer authorizer,
    DirectLineMemory memory,
    TokenRateLimits tokenLimits,
    ClientAddresses addresses,
    BotFrameworkAuthentication authentication,
    IOptions<LocalDirectLineOptions> options,
    IConfiguration configuration,
    TimeProvider clock)
{
    public const string ChannelId = "directline";

    public DirectLineConversationStore Store => store;

    public DirectLineRequestAuthorizer Authorizer => authorizer;

    public DirectLineMemory Memory => memory;

    public TokenRateLimits TokenLimits => tokenLimits;

    public ClientAddresses Addresses => addresses;

    public LocalDirectLineOptions Options => options.Value;

    public TimeProvider Clock => clock;

    public ChannelAccount Bot => new(
        string.IsNullOrWhiteSpace(configuration["MicrosoftAppId"]) ? "seatedrelease-bot" : configuration["MicrosoftAppId"],
        options.Value.BotName,
        RoleTypes.Bot);

    /// <summary>
    /// Whether the caller passes the host's own Bot Framework authentication; always true on a host without an
    /// app id, which authenticates nobody.
    /// </summary>
    public async Task<bool> IsAuthenticatedAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(configuration["MicrosoftAppId"]))
        {
            return true;
        }

        var header = request.Headers.Authorization.ToString();
        if (header.Length == 0 || !BearerTokenShape.IsReadable(request))
        {
            return false;
        }

        try
        {
            var identity = await authentication.AuthenticateChannelRequestAsync(header, cancellationToken).ConfigureAwait(false);
            return identity.IsAuthenticated;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception)
        {
            // Refused, unreadable, or not checkable now (the signing keys out of reach): no token either way.
            return false;
        }
    }

    /// <summary>The body Direct Line returns for a conversation: id, a token and its lifetime in seconds.</summary>
    public object IssueConversationBody(DirectLineConversation conversation)
    {
        var now = clock.GetUtcNow();
        var token = conversation.IssueToken(now + options.Value.TokenLifetime, now);
        return new
        {
            conversationId = conversation.Id,
            token = token.ToString(),
            expires_in = (int)options.Value.TokenLifetime.TotalSeconds,
        };
    }

    /// <summary>
    /// The body for a caller that already holds a live token: the same token and what is left of
    /// its lifetime, so starting or reconnecting does not multiply tokens.
    /// </summary>
    public object CurrentConversationBody(DirectLineAccess access) => new
    {
        conversationId = access.Conversation.Id,
        token = access.Token.ToString(),
        expires_in = Math.Max(0, (int)(access.ExpiresAt - clock.GetUtcNow()).TotalSeconds),
    };

    /// <summary>
    /// Where a reply would be posted by the Bot Connector client. Replies are recorded in-process,
    /// but the adapter still needs a well-formed address to build its client.
    /// </summary>
    public static string ServiceUrlOf(HttpRequest request) =>
        $"{request.Scheme}://{request.Host}{request.PathBase}/";
}
