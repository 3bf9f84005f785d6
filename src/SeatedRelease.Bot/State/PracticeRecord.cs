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

    /// <summary>
    /// How many times it was written. A store's ETag is not known after a write, so the position an unsaved turn
    /// grew from is recognised by this number instead.
    /// </summary>
    public long Revision { get; set; }

    /// <summary>
    /// Ids of the latest activities this practice has answered. A channel that delivers an activity twice (a retry,
    /// a double send) finds its id here and the turn is not run again; kept with the position under the same ETag,
    /// so two instances racing on one activity cannot both count it.
    /// </summary>
    public List<string> ActivityIds { get; set; } = [];

    /// <summary>
    /// What the latest of those activities was answered, so that a redelivery (the channel never got the reply,
    /// or the store took a write whose answer was lost) hears the same words again instead of nothing or a second
    /// count. Kept with the position under the same ETag.
    /// </summary>
    public List<StoredReply> Replies { get; set; } = [];

    /// <inheritdoc />
    public string? ETag { get; set; }
}
