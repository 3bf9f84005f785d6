namespace SeatedRelease.Bot.DirectLine;

/// <summary>A request's right to one conversation: the token it showed and when that token expires.</summary>
internal sealed record DirectLineAccess(DirectLineConversation Conversation, DirectLineToken Token, DateTimeOffset ExpiresAt);
