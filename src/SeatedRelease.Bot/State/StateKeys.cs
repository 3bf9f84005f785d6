using Microsoft.Bot.Schema;

namespace SeatedRelease.Bot.State;

/// <summary>Storage keys. The stores encode them, so ids may hold any character.</summary>
public static class StateKeys
{
    /// <summary>The practice item of the activity's conversation.</summary>
    public static string Practice(IActivity activity) => $"practice/{activity.ChannelId}/{activity.Conversation?.Id}";

    /// <summary>The user item of the activity's sender.</summary>
    public static string User(IActivity activity) => $"user/{activity.ChannelId}/{activity.From?.Id}";

    /// <summary>
    /// One past practice of a user. Session ids hold no slash, so the last segment cannot be confused with a user id.
    /// </summary>
    public static string History(string userKey, string sessionId) => $"history/{userKey}/{sessionId}";
}
