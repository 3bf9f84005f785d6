using System.Text;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace SeatedRelease.Bot.Hosting;

/// <summary>
/// Activities in and replies out with Bot Framework's own JSON settings, read from the buffer the request check
/// already holds, and written without the indentation the SDK's helper adds: a spoken turn answers with several
/// messages, and the spaces alone were a third of the bytes that both sides had to write and parse.
/// </summary>
internal static class ActivityJson
{
    private static readonly JsonSerializer Compact = JsonSerializer.Create(Settings());

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static JsonSerializerSettings Settings()
    {
        var s = HttpHelper.BotMessageSerializerSettings;
        return new JsonSerializerSettings
        {
            NullValueHandling = s.NullValueHandling,
            Formatting = Formatting.None,
            DateFormatHandling = s.DateFormatHandling,
            DateTimeZoneHandling = s.DateTimeZoneHandling,
            ReferenceLoopHandling = s.ReferenceLoopHandling,
            ContractResolver = s.ContractResolver,
            Converters = s.Converters,
        };
    }

    /// <summary>The activity in the body; null when it is not one.</summary>
    public static Activity? Read(ReadOnlyMemory<byte> body)
    {
        try
        {
            using var reader = new JsonTextReader(new StringReader(Utf8.GetString(body.Span))) { MaxDepth = 64 };
            return Compact.Deserialize<Activity>(reader);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Writes an invoke response (the replies under expectReplies) as compact JSON; 200 and no body when there is none.</summary>
    public static async Task WriteAsync(HttpResponse response, InvokeResponse? invoke, CancellationToken cancellationToken)
    {
        if (invoke is null)
        {
            response.StatusCode = StatusCodes.Status200OK;
            return;
        }
        response.StatusCode = invoke.Status;
        if (invoke.Body is null) return;
        response.ContentType = "application/json; charset=utf-8";
        // Most answers are written straight into a pooled buffer: a new one per turn was zeroed, grown and copied.
        using var pooled = new PooledBuffer();
        ReadOnlyMemory<byte> json = TryWritePlain(invoke.Body, pooled) ? pooled.WrittenMemory : ToUtf8(invoke.Body);
        response.ContentLength = json.Length;
        await response.Body.WriteAsync(json, cancellationToken);
    }

    /// <summary>The JSON of a response body: plain replies written directly, anything else by the serializer.</summary>
    public static byte[] Serialize(object body)
    {
        using var pooled = new PooledBuffer();
        return TryWritePlain(body, pooled) ? pooled.WrittenMemory.ToArray() : ToUtf8(body);
    }

    private static bool TryWritePlain(object body, PooledBuffer buffer)
    {
        try
        {
            return ReplyJson.TryWrite(body, buffer, ToJson);
        }
        catch (ArgumentException)
        {
            // Text that is not valid UTF-16 (a lone surrogate in what the user said, read back to them): the
            // serializer writes it as the encoder replaces it, as it always did.
            buffer.Clear();
            return false;
        }
    }

    private static byte[] ToUtf8(object value) => Utf8.GetBytes(ToJson(value));

    private static string ToJson(object value)
    {
        var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        using (var json = new JsonTextWriter(text))
        {
            Compact.Serialize(json, value);
        }
        return text.ToString();
    }
}
