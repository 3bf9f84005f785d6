using System.Text;
using Microsoft.Bot.Builder;
using Newtonsoft.Json;

namespace SeatedRelease.Bot.Hosting;

/// <summary>
/// The JSON and ETag rules that the SQLite and Blob stores share, so that all three kinds (with Bot Builder's
/// MemoryStorage) hand back the same typed objects and refuse the same stale writes.
/// </summary>
internal static class StoreJson
{
    // Type names on every object, as MemoryStorage keeps them, so a read gives back the types that were written.
    // Dates stay strings until a typed property asks for one: otherwise a user's words that happen to look like a
    // date would come back reformatted.
    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        TypeNameHandling = TypeNameHandling.All,
        ReferenceLoopHandling = ReferenceLoopHandling.Error,
        DateParseHandling = DateParseHandling.None,
        MaxDepth = 128,
    });

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static string ToJson(object value) =>
        StoreRecordJson.TryWrite(value, static utf8 => Utf8.GetString(utf8), out string json) ? json : WithTypeNames(value);

    public static byte[] ToUtf8(object value) =>
        StoreRecordJson.TryWrite(value, static utf8 => utf8.ToArray(), out byte[] bytes) ? bytes : Utf8.GetBytes(WithTypeNames(value));

    private static string WithTypeNames(object value)
    {
        var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        using (var writer = new JsonTextWriter(text) { Formatting = Formatting.None })
        {
            Serializer.Serialize(writer, value, typeof(object));
        }
        return text.ToString();
    }

    public static object FromJson(string json)
    {
        if (StoreRecordJson.Wrote(json)) return StoreRecordJson.Read(Utf8.GetBytes(json));
        using var reader = new JsonTextReader(new StringReader(json));
        return Serializer.Deserialize(reader, typeof(object))
            ?? throw new JsonSerializationException("A stored item is JSON null.");
    }

    public static object FromUtf8(ReadOnlySpan<byte> json) =>
        StoreRecordJson.Wrote(json) ? StoreRecordJson.Read(json) : FromJson(Utf8.GetString(json));

    /// <summary>The ETag a write must match, or null when the write overwrites whatever is there.</summary>
    public static string? ExpectedETag(object value) =>
        value is IStoreItem { ETag: { Length: > 0 } etag } && etag != "*" ? etag : null;

    /// <summary>
    /// After a write, gives each item that carries an ETag the one it now has in the store (in the order of
    /// <paramref name="changes"/>), so a caller that keeps the item can write it again without reading it first.
    /// </summary>
    public static void StampWritten(IDictionary<string, object> changes, IReadOnlyList<string> etags)
    {
        var i = 0;
        foreach (var change in changes) WithETag(change.Value, etags[i++]);
    }

    /// <summary>Stamps the stored ETag on an item that carries one, as MemoryStorage does on read.</summary>
    public static object WithETag(object value, string etag)
    {
        if (value is IStoreItem item) item.ETag = etag;
        return value;
    }
}
