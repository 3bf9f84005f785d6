using System.Text.Json;

namespace SeatedRelease.Bot.Hosting;

/// <summary>Rejects bodies that are not an activity before they reach the adapter.</summary>
internal static class RequestCheck
{
    public readonly record struct Problem(int Status, string Message);

    private static readonly string[] AccountFields = ["conversation", "from", "recipient"];

    private static readonly string[] DeliveryModes = ["normal", "notification", "expectReplies", "ephemeral"];

    /// <summary>Null when the bytes are a JSON object with a type and well-shaped account fields and text.</summary>
    public static Problem? Of(ReadOnlyMemory<byte> body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return new Problem(StatusCodes.Status400BadRequest, "The body must be a JSON object (an activity).");
            if (!root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String || type.GetString() is not { Length: > 0 })
                return new Problem(StatusCodes.Status400BadRequest, "The activity has no type.");
            foreach (var name in AccountFields)
            {
                if (root.TryGetProperty(name, out var p) && p.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
                    return new Problem(StatusCodes.Status400BadRequest, $"'{name}' must be an object.");
            }
            if (root.TryGetProperty("text", out var text) && text.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
                return new Problem(StatusCodes.Status400BadRequest, "'text' must be a string.");
            if (root.TryGetProperty("serviceUrl", out var serviceUrl) && serviceUrl.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
                return new Problem(StatusCodes.Status400BadRequest, "'serviceUrl' must be a string.");
            if (root.TryGetProperty("deliveryMode", out var mode) && mode.ValueKind != JsonValueKind.Null
                && (mode.ValueKind != JsonValueKind.String || !DeliveryModes.Contains(mode.GetString(), StringComparer.Ordinal)))
                return new Problem(StatusCodes.Status400BadRequest, "'deliveryMode' must be one of normal, notification, expectReplies, ephemeral.");
        }
        catch (JsonException)
        {
            return new Problem(StatusCodes.Status400BadRequest, "The body is not valid JSON.");
        }
        return null;
    }
}
