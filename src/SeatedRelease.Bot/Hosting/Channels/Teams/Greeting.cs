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
        return membersAdded.Any(m => m is not null && m.Id != botId) || IsPersonalInstall(activity);
    }

    /// <summary>Teams adding this bot, alone, to a one-to-one chat: the app was installed for a person.</summary>
    public static bool IsPersonalInstall(IActivity activity) =>
        activity.ChannelId == Channels.Msteams
        && string.Equals(activity.Conversation?.ConversationType, "personal", StringComparison.OrdinalIgnoreCase)
        && activity.AsConversationUpdateActivity() is { MembersAdded: { Count: > 0 } added }
        && added.All(m => m is not null && m.Id == activity.Recipient?.Id);
}
