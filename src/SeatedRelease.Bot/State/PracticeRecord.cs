using Microsoft.Bot.Builder;
using SeatedRelease.Practice.Engine;

namespace SeatedRelease.Bot.State;

/// <summary>
/// One conversation's practice as stored: written with an ETag check, so two turns that interleave (a double-sent
/// "ready", two instances) cannot silently overwrite each other.
/// </summary>
public sealed class PracticeRecord : IStoreItem
{
    /// <summary>The position, pace and safety notes.</summary>
    public PracticeState State { get; set; } = new();

    /// <inheritdoc />
    public string? ETag { get; set; }
}
