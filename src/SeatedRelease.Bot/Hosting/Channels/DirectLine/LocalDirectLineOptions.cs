namespace SeatedRelease.Bot.DirectLine;

/// <summary>
/// Settings of the host's own Direct Line 3.0 endpoint (configuration section <c>DirectLine</c>).
/// </summary>
public sealed class LocalDirectLineOptions
{
    /// <summary>The configuration section these settings are read from.</summary>
    public const string SectionName = "DirectLine";

    /// <summary>
    /// Whether the endpoint and the Web Chat page are served. When not configured it is on in
    /// Development and off elsewhere, so that a deployment never exposes it by accident.
    /// </summary>
    public bool? Enabled { get; set; }

    /// <summary>How long a conversation token is valid before the client must refresh it.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>A conversation nobody has touched for this long is dropped with all its activities.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(20);

    /// <summary>Upper bound on live conversations, so memory stays bounded under load.</summary>
    public int MaxConversations { get; set; } = 200;

    /// <summary>Activities kept per conversation for polling; the oldest are dropped beyond it.</summary>
    public int MaxActivitiesPerConversation { get; set; } = 500;

    /// <summary>Posted activities waiting for their turn; more than this is refused with 429.</summary>
    public int MaxQueuedActivities { get; set; } = 16;

    /// <summary>Largest request body accepted, in bytes; larger gets 413.</summary>
    public long MaxBodyBytes { get; set; } = 64 * 1024;

    /// <summary>The bot's display name in the transcript.</summary>
    public string BotName { get; set; } = "Practice guide";
}
