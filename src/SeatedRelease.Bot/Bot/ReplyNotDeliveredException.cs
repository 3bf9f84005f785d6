namespace SeatedRelease.Bot.Bot;

/// <summary>
/// The turn was saved, with its reply, but the reply could not be sent to the channel. The host answers 502 so the
/// channel may redeliver the activity, which then hears the same reply without being counted again.
/// </summary>
public sealed class ReplyNotDeliveredException(Exception inner)
    : Exception("The turn was saved but its reply could not be delivered to the channel.", inner);
