using System.Text.Json;

namespace SeatedRelease.Bot.Hosting;

/// <summary>Rejects bodies that are not an activity before they reach the adapter.</summary>
internal static class RequestCheck
{
    public readonly record struct Problem(int Status, string Message);

    public static async Task<Problem?> ProblemAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes) return new Problem(StatusCodes.Status413PayloadTooLarge, "The request body is too large.");
        }
        try
        {
            using var doc = JsonDocument.Parse(buffer.ToArray());
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
                return new Problem(StatusCodes.Status400BadRequest, "The body must be a JSON object (an activity).");
            if (!doc.RootElement.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String || type.GetString() is not { Length: > 0 })
                return new Problem(StatusCodes.Status400BadRequest, "The activity has no type.");
            foreach (var name in new[] { "conversation", "from", "recipient" })
            {
                if (doc.RootElement.TryGetProperty(name, out var p) && p.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
                    return new Problem(StatusCodes.Status400BadRequest, $"'{name}' must be an object.");
            }
            if (doc.RootElement.TryGetProperty("text", out var text) && text.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
                return new Problem(StatusCodes.Status400BadRequest, "'text' must be a string.");
        }
        catch (JsonException)
        {
            return new Problem(StatusCodes.Status400BadRequest, "The body is not valid JSON.");
        }
        return null;
    }
}
