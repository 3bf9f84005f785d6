namespace SeatedRelease.Bot.State;

/// <summary>The "Resume" section: how old an unfinished practice may be and still be offered.</summary>
public sealed class ResumeOptions
{
    /// <summary>Older unfinished practices are not offered; a new conversation simply begins.</summary>
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromHours(24);
}
