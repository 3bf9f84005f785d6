using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace SeatedRelease.Bot.DirectLine;

/// <summary>What every Direct Line endpoint needs, gathered so the handlers stay short.</summary>
internal sealed class DirectLineContext(
    DirectLineConversationStore store,
    DirectLineRequestAuthorizer authorizer,
    IOptions<LocalDirectLineOptions> options,
    IConfiguration configuration,
    TimeProvider clock)
{
    public const string ChannelId = "directline";

    public DirectLineConversationStore Store => store;

    public DirectLineRequestAuthorizer Authorizer => authorizer;

    public LocalDirectLineOptions Options => options.Value;

    public TimeProvider Clock => clock;

    public ChannelAccount Bot => new(
        string.IsNullOrWhiteSpace(configuration["MicrosoftAppId"]) ? "seatedrelease-bot" : configuration["MicrosoftAppId"],
        options.Value.BotName,
        RoleTypes.Bot);

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
