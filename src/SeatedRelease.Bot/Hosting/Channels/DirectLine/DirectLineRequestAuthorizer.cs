namespace SeatedRelease.Bot.DirectLine;

/// <summary>
/// Decides whether a request may touch a conversation: an unknown conversation is 404, a missing,
/// expired or other conversation's token is 403 (which Web Chat reads as "token expired").
/// </summary>
internal sealed class DirectLineRequestAuthorizer(DirectLineConversationStore store, TimeProvider clock)
{
    /// <summary>The access a call on one conversation has; null when it has none, after answering 404 or 403.</summary>
    public async Task<DirectLineAccess?> AuthorizeAsync(HttpContext http, string conversationId, CancellationToken cancellationToken)
    {
        var (access, status) = ForConversation(http.Request, conversationId);
        if (access is null)
        {
            await DirectLineJson.WriteErrorAsync(http.Response, status, status == 404 ? "NotFound" : "TokenInvalid", "No such conversation for this token.", cancellationToken).ConfigureAwait(false);
        }

        return access;
    }

    private (DirectLineAccess? Access, int Status) ForConversation(HttpRequest request, string conversationId)
    {
        var conversation = store.Find(conversationId);
        if (conversation is null)
        {
            return (null, StatusCodes.Status404NotFound);
        }

        return Check(request, conversation);
    }

    /// <summary>For calls that name no conversation: the token says which one.</summary>
    public (DirectLineAccess? Access, int Status) ForToken(HttpRequest request)
    {
        if (!DirectLineToken.TryParse(BearerOf(request), out var token))
        {
            return (null, StatusCodes.Status403Forbidden);
        }

        var conversation = store.Find(token.ConversationId);
        return conversation is null ? (null, StatusCodes.Status403Forbidden) : Check(request, conversation);
    }

    private (DirectLineAccess? Access, int Status) Check(HttpRequest request, DirectLineConversation conversation)
    {
        var now = clock.GetUtcNow();
        if (!DirectLineToken.TryParse(BearerOf(request), out var token) || conversation.ExpiryOf(token, now) is not { } expiresAt)
        {
            return (null, StatusCodes.Status403Forbidden);
        }

        conversation.Touch(now);
        return (new DirectLineAccess(conversation, token, expiresAt), StatusCodes.Status200OK);
    }

    private static string? BearerOf(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        return header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) ? header[scheme.Length..].Trim() : null;
    }
}
