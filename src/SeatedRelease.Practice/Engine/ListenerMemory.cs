namespace SeatedRelease.Practice.Engine;

/// <summary>What the host remembers about the listener beyond this conversation.</summary>
/// <param name="History">Earlier practices, for "how did I do last time"; null when the host has not read them yet
/// (the engine then asks for them with <see cref="Turn.NeedsHistory"/>, and the host runs the turn again).</param>
/// <param name="Unfinished">An unfinished practice of another conversation, offered before a new one begins.</param>
/// <param name="HeldUntil">Another conversation stopped for safety: no practice begins before this time.</param>
public sealed record ListenerMemory(IReadOnlyList<PastPractice>? History, PracticeState? Unfinished = null, DateTimeOffset? HeldUntil = null)
{
    /// <summary>Nothing remembered.</summary>
    public static ListenerMemory None { get; } = new([]);
}
