using SeatedRelease.Practice.Engine;

namespace SeatedRelease.Bot.State;

/// <summary>What a turn said, and the practice before and after it.</summary>
/// <param name="Turn">The lines to send.</param>
/// <param name="Before">The practice as it was read.</param>
/// <param name="After">The practice as it was written (or, after a failure, as it was read).</param>
public sealed record TurnResult(Turn Turn, PracticeState Before, PracticeState After);
