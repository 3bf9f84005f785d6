using Microsoft.Bot.Builder;
using SeatedRelease.Practice.Engine;

namespace SeatedRelease.Bot.State;

/// <summary>What is kept about a user across conversations; erased whole by "delete my data".</summary>
public sealed class UserRecord : IStoreItem
{
    /// <summary>How many past practices the history keeps.</summary>
    public const int MaxPractices = 20;

    /// <summary>How many conversations' practice items are remembered, to erase them on request.</summary>
    public const int MaxConversations = 50;

    /// <summary>The pace the user last chose.</summary>
    public Pace Pace { get; set; } = Pace.Normal;

    /// <summary>
    /// Session ids of past practices, oldest first; each is a <see cref="HistoryEntry"/> of its own. The id is listed
    /// before its entry is written, so "delete my data" always finds it.
    /// </summary>
    public List<string> HistoryIds { get; set; } = [];

    /// <summary>Storage key of the newest unfinished practice, offered to a new conversation.</summary>
    public string? UnfinishedKey { get; set; }

    /// <summary>Session id of that practice, so a stale pointer is recognised.</summary>
    public string? UnfinishedSessionId { get; set; }

    /// <summary>When that practice last moved on.</summary>
    public DateTimeOffset? UnfinishedAt { get; set; }

    /// <summary>A practice stopped for safety: no new one begins, in any conversation, before this time.</summary>
    public DateTimeOffset? HeldUntil { get; set; }

    /// <summary>Storage keys of this user's conversations' practice items.</summary>
    public List<string> ConversationKeys { get; set; } = [];

    /// <inheritdoc />
    public string? ETag { get; set; }
}
