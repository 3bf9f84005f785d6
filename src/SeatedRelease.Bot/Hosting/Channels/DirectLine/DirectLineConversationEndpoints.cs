using Microsoft.Bot.Schema;

namespace SeatedRelease.Bot.DirectLine;

/// <summary>Creating, starting, reconnecting to a conversation, and refreshing its token.</summary>
internal static class DirectLineConversationEndpoints
{
    /// <summary>
    /// The page asks for a token here. The real service wants the channel secret for this; the
    /// local one has no secret because whoever can load the page can already talk to the bot.
    /// </summary>
    public static async Task GenerateTokenAsync(HttpContext http, DirectLineContext dl, CancellationToken cancellationToken)
    {
        if (await DirectLineJson.ReadBodyAsync(http.Request, dl.Options.MaxBodyBytes, cancellationToken).ConfigureAwait(false) is null)
        {
            await DirectLineJson.WriteErrorAsync(http.Response, StatusCodes.Status413PayloadTooLarge, "BadArgument", "The body is too large.", cancellationToken).ConfigureAwait(false);
            return;
        }

        var conversation = dl.Store.TryCreate();
        if (conversation is null)
        {
            http.Response.Headers.RetryAfter = "60";
            await DirectLineJson.WriteErrorAsync(http.Response, StatusCodes.Status503ServiceUnavailable, "ServiceUnavailable", "Too many conversations are open; try again shortly.", cancellationToken).ConfigureAwait(false);
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
        var first = conversation.MarkStarted();
        if (first)
        {
            var request = DirectLineJson.TryParse<StartConversationRequest>(body);
            var user = new ChannelAccount(
                string.IsNullOrWhiteSpace(request?.User?.Id) ? "user" : request.User.Id,
                request?.User?.Name,
                RoleTypes.User);
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

    private sealed class StartConversationRequest
    {
        public ChannelAccount? User { get; set; }

        public string? Locale { get; set; }
    }
}
