using SeatedRelease.Practice.Engine;

namespace SeatedRelease.Bot.Bot;

/// <summary>What is kept about a user across conversations: the preferred pace and the safety history.</summary>
public sealed class UserProfile
{
    /// <summary>How many past practices keep their safety notes.</summary>
    public const int MaxSessions = 20;

    /// <summary>The pace the user last chose.</summary>
    public Pace Pace { get; set; } = Pace.Normal;

    /// <summary>Safety notes of past practices, keyed by conversation id, oldest first.</summary>
    public List<SessionNotes> History { get; set; } = [];
}

/// <summary>The safety notes of one conversation.</summary>
public sealed class SessionNotes
{
    /// <summary>The conversation id.</summary>
    public string ConversationId { get; set; } = "";

    /// <summary>Its pain reports.</summary>
    public List<SafetyNote> Notes { get; set; } = [];
}
