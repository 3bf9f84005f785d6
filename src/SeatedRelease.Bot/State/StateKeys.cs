using Microsoft.Bot.Schema;

namespace SeatedRelease.Bot.State;

/// <summary>Storage keys. The stores encode them, so ids may hold any character.</summary>
public static class StateKeys
{
    /// <summary>The practice item of the activity's conversation.</summary>
    public static string Practice(IActivity activity) => $"practice/{activity.ChannelId}/{activity.Conversation?.Id}";

    /// <summary>The user item of the activity's sender.</summary>
    public static string User(IActivity activity) => $"user/{activity.ChannelId}/{activity.From?.Id}";
}
