using System.Text.Json;

namespace SeatedRelease.Bot.Alexa;

/// <summary>The parts of an Alexa request envelope the skill uses.</summary>
/// <param name="Type">LaunchRequest, IntentRequest, SessionEndedRequest, or another type.</param>
/// <param name="RequestId">Alexa's id of this request; a redelivered request keeps it.</param>
/// <param name="Timestamp">When Alexa sent it, as written.</param>
/// <param name="SkillId">The skill the request is for.</param>
/// <param name="SessionId">The session; a new one begins with each "open".</param>
/// <param name="UserId">The Alexa account's id for this skill; stable across sessions.</param>
/// <param name="Intent">The intent's name, for an IntentRequest.</param>
/// <param name="Words">The first slot's value: what the listener said, for the catch-all intent.</param>
public sealed record AlexaRequest(
    string Type,
    string RequestId,
    string? Timestamp,
    string? SkillId,
    string SessionId,
    string UserId,
    string? Intent,
    string? Words)
{
    /// <summary>The request, or null when the body is not an Alexa request envelope.</summary>
    public static AlexaRequest? Read(ReadOnlyMemory<byte> body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return null;
            var request = Object(root, "request");
            var session = Object(root, "session");
            var system = Object(Object(root, "context"), "System");
            var type = Text(request, "type");
            var requestId = Text(request, "requestId");
            if (type is null || requestId is null) return null;
            var userId = Text(Object(system, "user"), "userId") ?? Text(Object(session, "user"), "userId");
            // A request outside a session (none here: the skill declares no such interface) has no place to keep.
            var sessionId = Text(session, "sessionId");
            if (userId is null || sessionId is null) return null;
            var intent = Object(request, "intent");
            return new AlexaRequest(
                type,
                requestId,
                Text(request, "timestamp"),
                Text(Object(system, "application"), "applicationId") ?? Text(Object(session, "application"), "applicationId"),
                sessionId,
                userId,
                Text(intent, "name"),
                FirstSlotValue(intent));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? FirstSlotValue(JsonElement intent)
    {
        var slots = Object(intent, "slots");
        if (slots.ValueKind != JsonValueKind.Object) return null;
        foreach (var slot in slots.EnumerateObject())
        {
            if (Text(slot.Value, "value") is { Length: > 0 } value) return value;
        }
        return null;
    }

    private static JsonElement Object(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var child) && child.ValueKind == JsonValueKind.Object ? child : default;

    private static string? Text(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var child) && child.ValueKind == JsonValueKind.String ? child.GetString() : null;
}
