namespace SeatedRelease.Practice.Engine;

/// <summary>What the host remembers about the listener beyond this conversation.</summary>
/// <param name="History">Earlier practices, for "how did I do last time".</param>
/// <param name="Unfinished">An unfinished practice of another conversation, offered before a new one begins.</param>
public sealed record ListenerMemory(IReadOnlyList<PastPractice> History, PracticeState? Unfinished = null)
{
    /// <summary>Nothing remembered.</summary>
    public static ListenerMemory None { get; } = new([]);
}
