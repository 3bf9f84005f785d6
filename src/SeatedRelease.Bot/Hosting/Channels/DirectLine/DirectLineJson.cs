using System.Text;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace SeatedRelease.Bot.DirectLine;

/// <summary>
/// Reads and writes Direct Line bodies with the Bot Schema's own (Newtonsoft) serialisation, so
/// activities round-trip exactly as the Bot Framework services send them.
/// </summary>
internal static class DirectLineJson
{
    private static readonly JsonSerializerSettings Settings = new()
    {
        NullValueHandling = NullValueHandling.Ignore,
        DateParseHandling = DateParseHandling.DateTimeOffset,
        MaxDepth = 64,
    };

    public static async Task WriteAsync(HttpResponse response, int statusCode, object body, CancellationToken cancellationToken)
    {
        response.StatusCode = statusCode;
        response.ContentType = "application/json; charset=utf-8";
        await response.WriteAsync(JsonConvert.SerializeObject(body, Settings), cancellationToken).ConfigureAwait(false);
    }

    public static Task WriteErrorAsync(HttpResponse response, int statusCode, string code, string message, CancellationToken cancellationToken) =>
        WriteAsync(response, statusCode, new { error = new { code, message } }, cancellationToken);

    /// <summary>
    /// Reads the body as text, or returns null when it is larger than <paramref name="maxBytes"/>;
    /// it stops reading there, so an oversized body costs no more memory than the limit.
    /// </summary>
    public static async Task<string?> ReadBodyAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>The length of the activity's JSON as this service writes it: what it counts against its memory budget.</summary>
    public static long SizeOf(Activity activity) => JsonConvert.SerializeObject(activity, Settings).Length;

    public static bool TryParseActivity(string json, out Activity? activity)
    {
        try
        {
            activity = JsonConvert.DeserializeObject<Activity>(json, Settings);
            return activity is not null;
        }
        catch (JsonException)
        {
            activity = null;
            return false;
        }
    }

    public static T? TryParse<T>(string json)
        where T : class
    {
        try
        {
            return string.IsNullOrWhiteSpace(json) ? null : JsonConvert.DeserializeObject<T>(json, Settings);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
