using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;

namespace SeatedRelease.Bot.Teams;

/// <summary>When a conversationUpdate should open the practice with the greeting.</summary>
public static class Greeting
{
    /// <summary>
    /// Someone other than the bot joined; or, in Teams, the bot was added to a personal chat. Teams announces
    /// installing the app in personal scope by adding the bot alone, so the usual rule would never greet there.
    /// </summary>
    public static bool ShouldGreet(IEnumerable<ChannelAccount> membersAdded, IActivity activity)
    {
        var botId = activity.Recipient?.Id;
        var added = membersAdded.ToList();
        if (added.Any(m => m.Id != botId)) return true;
        return activity.ChannelId == Channels.Msteams
            && string.Equals(activity.Conversation?.ConversationType, "personal", StringComparison.OrdinalIgnoreCase)
            && added.Any(m => m.Id == botId);
    }
}
