using Microsoft.Bot.Schema;

namespace SeatedRelease.Bot.DirectLine;

/// <summary>Creating, starting, reconnecting to a conversation, and refreshing its token.</summary>
internal static class DirectLineConversationEndpoints
{
    /// <summary>
    /// The page asks for a token here, naming the user it speaks for (<c>{"user":{"id":...}}</c>) or leaving the host
    /// to make one up. The real service wants the channel secret for this; the local one has none because whoever
    /// can load the page can already talk to the bot. It is limited instead: per client address and in all, and on a
    /// host with an app id only callers that pass the host's own authentication get a token.
    /// </summary>
    public static async Task GenerateTokenAsync(HttpContext http, DirectLineContext dl, CancellationToken cancellationToken)
    {
        if (!await dl.IsAuthenticatedAsync(http.Request, cancellationToken).ConfigureAwait(false))
        {
            await DirectLineJson.WriteErrorAsync(http.Response, StatusCodes.Status401Unauthorized, "Unauthorized", "This host gives Direct Line tokens only to callers it authenticates.", cancellationToken).ConfigureAwait(false);
            return;
        }

        var client = dl.Addresses.ClientOf(http);
        if (!dl.TokenLimits.TryAcquire(client))
        {
            http.Response.Headers.RetryAfter = "60";
            await DirectLineJson.WriteErrorAsync(http.Response, StatusCodes.Status429TooManyRequests, "Throttled", "Too many tokens were asked for; try again in a minute.", cancellationToken).ConfigureAwait(false);
            return;
        }

        var body = await DirectLineJson.ReadBodyAsync(http.Request, dl.Options.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            await DirectLineJson.WriteErrorAsync(http.Response, StatusCodes.Status413PayloadTooLarge, "BadArgument", "The body is too large.", cancellationToken).ConfigureAwait(false);
            return;
        }

        var asked = DirectLineJson.TryParse<TokenRequest>(body)?.User?.Id;
        if (asked is not null && !UserIds.IsAcceptable(asked))
        {
            await DirectLineJson.WriteErrorAsync(http.Response, StatusCodes.Status400BadRequest, "BadArgument", "The user id must be 1 to 128 characters.", cancellationToken).ConfigureAwait(false);
            return;
        }

        var (conversation, refusal) = dl.Store.TryCreate(client, asked ?? UserIds.New());
        if (conversation is null)
        {
            http.Response.Headers.RetryAfter = "60";
            var (status, message) = refusal == DirectLineConversationStore.Refusal.ClientFull
                ? (StatusCodes.Status429TooManyRequests, "This address holds too many open conversations; try again shortly.")
                : (StatusCodes.Status503ServiceUnavailable, "Too many conversations are open; try again shortly.");
            await DirectLineJson.WriteErrorAsync(http.Response, status, status == StatusCodes.Status429TooManyRequests ? "Throttled" : "ServiceUnavailable", message, cancellationToken).ConfigureAwait(false);
            return;
        }

        await DirectLineJson.WriteAsync(http.Response, StatusCodes.Status200OK, dl.IssueConversationBody(conversation), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Web Chat calls this first with its token. The first call tells the bot that the user and the
    /// bot joined, which is when the bot greets.
    /// </summary>
    public static async Task StartAsync(HttpContext http, DirectLineContext dl, CancellationToken cancellationToken)
    {
        var body = await DirectLineJson.ReadBodyAsync(http.Request, dl.Options.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            await DirectLineJson.WriteErrorAsync(http.Response, StatusCodes.Status413PayloadTooLarge, "BadArgument", "The body is too large.", cancellationToken).ConfigureAwait(false);
            return;
        }

        var (access, status) = dl.Authorizer.ForToken(http.Request);
        if (access is null)
        {
            await DirectLineJson.WriteErrorAsync(http.Response, status, "TokenInvalid", "The token is not valid for a conversation.", cancellationToken).ConfigureAwait(false);
            return;
        }

        var conversation = access.Conversation;
        var request = DirectLineJson.TryParse<StartConversationRequest>(body);
        if (request?.User?.Id is { } named && !string.Equals(named, conversation.UserId, StringComparison.Ordinal))
        {
            await DirectLineJson.WriteErrorAsync(http.Response, StatusCodes.Status403Forbidden, "BadArgument", "The user is not the one this token was issued for.", cancellationToken).ConfigureAwait(false);
            return;
        }

        var first = conversation.MarkStarted();
        if (first)
        {
            var user = new ChannelAccount(conversation.UserId, request?.User?.Name, RoleTypes.User);
            var joined = new Activity
            {
                Type = ActivityTypes.ConversationUpdate,
                Id = Guid.NewGuid().ToString("N"),
                ChannelId = DirectLineContext.ChannelId,
                ServiceUrl = DirectLineContext.ServiceUrlOf(http.Request),
                Conversation = new ConversationAccount(id: conversation.Id),
                From = user,
                Recipient = dl.Bot,
                MembersAdded = [dl.Bot, user],
                Locale = request?.Locale,
                Timestamp = dl.Clock.GetUtcNow(),
            };
            conversation.TryQueue(joined);
        }

        await DirectLineJson.WriteAsync(http.Response, first ? StatusCodes.Status201Created : StatusCodes.Status200OK, dl.CurrentConversationBody(access), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reconnecting to a known conversation (Web Chat does this when given a conversation id).</summary>
    public static async Task ReconnectAsync(HttpContext http, string conversationId, DirectLineContext dl, CancellationToken cancellationToken)
    {
        if (await dl.Authorizer.AuthorizeAsync(http, conversationId, cancellationToken).ConfigureAwait(false) is not { } access)
        {
            return;
        }

        await DirectLineJson.WriteAsync(http.Response, StatusCodes.Status200OK, dl.CurrentConversationBody(access), cancellationToken).ConfigureAwait(false);
    }

    public static async Task RefreshTokenAsync(HttpContext http, DirectLineContext dl, CancellationToken cancellationToken)
    {
        var (access, status) = dl.Authorizer.ForToken(http.Request);
        if (access is null)
        {
            await DirectLineJson.WriteErrorAsync(http.Response, status, "TokenInvalid", "The token is not valid for a conversation.", cancellationToken).ConfigureAwait(false);
            return;
        }

        await DirectLineJson.WriteAsync(http.Response, StatusCodes.Status200OK, dl.IssueConversationBody(access.Conversation), cancellationToken).ConfigureAwait(false);
    }

    private sealed class TokenRequest
    {
        public ChannelAccount? User { get; set; }
    }

    private sealed class StartConversationRequest
    {
        public ChannelAccount? User { get; set; }

        public string? Locale { get; set; }
    }
}
