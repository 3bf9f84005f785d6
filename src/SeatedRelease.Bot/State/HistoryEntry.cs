using Microsoft.Bot.Builder;
using SeatedRelease.Practice.Engine;

namespace SeatedRelease.Bot.State;

/// <summary>
/// One past practice of a user, in its own item: beginning and ending a practice then read and write only the small
/// user record, and the whole history is read only when the listener asks for it.
/// </summary>
public sealed class HistoryEntry : IStoreItem
{
    /// <summary>The practice as the history keeps it.</summary>
    public PastPractice Practice { get; set; } = new();

    /// <summary>The revision of the practice item it was taken from; an older one never replaces a newer.</summary>
    public long Revision { get; set; }

    /// <inheritdoc />
    public string? ETag { get; set; }
}
