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

    /// <summary>
    /// A conversation whose client has posted nothing yet is dropped after this long untouched, so tokens asked
    /// for and never used do not hold places for <see cref="IdleTimeout"/>.
    /// </summary>
    public TimeSpan UnusedTimeout { get; set; } = TimeSpan.FromSeconds(45);

    /// <summary>Upper bound on live conversations, so memory stays bounded under load.</summary>
    public int MaxConversations { get; set; } = 200;

    /// <summary>Live conversations one client address may hold; past it a new token is refused with 429.</summary>
    public int MaxConversationsPerClient { get; set; } = 20;

    /// <summary>Tokens one client address may ask for in a minute; past it 429.</summary>
    public int TokensPerMinutePerClient { get; set; } = 20;

    /// <summary>Tokens all clients together may ask for in a minute; past it 429.</summary>
    public int TokensPerMinute { get; set; } = 600;

    /// <summary>
    /// What every conversation's activities may take together, counted as the length of their JSON: the logs kept
    /// for polling and the posts waiting for the bot. Past it the oldest activities of the largest log are dropped,
    /// and a post that still does not fit is refused with 429.
    /// </summary>
    public long MemoryBudgetBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>Activities kept per conversation for polling; the oldest are dropped beyond it.</summary>
    public int MaxActivitiesPerConversation { get; set; } = 500;

    /// <summary>Posted activities waiting for their turn; more than this is refused with 429.</summary>
    public int MaxQueuedActivities { get; set; } = 16;

    /// <summary>Largest request body accepted, in bytes; larger gets 413.</summary>
    public long MaxBodyBytes { get; set; } = 64 * 1024;

    /// <summary>The bot's display name in the transcript.</summary>
    public string BotName { get; set; } = "Practice guide";
}
