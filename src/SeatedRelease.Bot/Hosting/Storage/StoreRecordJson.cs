using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using SeatedRelease.Bot.State;

namespace SeatedRelease.Bot.Hosting;

/// <summary>
/// The practice's own records (a practice, a user, a past practice) in System.Text.Json with generated code, under a
/// kind name: <c>{"$kind":"practice","value":{...}}</c>. Every turn writes a practice record, and Newtonsoft with a type
/// name on every object was the largest part of a turn's own time. Other items keep Newtonsoft's format, and records
/// written in it before are still read.
/// </summary>
internal static class StoreRecordJson
{
    private const string KindProperty = "$kind";
    private const string ValueProperty = "value";
    private const string OpeningText = "{\"" + KindProperty + "\":\"";
    private static readonly byte[] Opening = System.Text.Encoding.UTF8.GetBytes(OpeningText);

    private static readonly (string Kind, Type Type, JsonTypeInfo Info)[] Kinds =
    [
        ("practice", typeof(PracticeRecord), StoreRecordContext.Default.PracticeRecord),
        ("user", typeof(UserRecord), StoreRecordContext.Default.UserRecord),
        ("history", typeof(HistoryEntry), StoreRecordContext.Default.HistoryEntry),
    ];

    [ThreadStatic] private static ArrayBufferWriter<byte>? t_buffer;
    [ThreadStatic] private static Utf8JsonWriter? t_writer;

    /// <summary>Whether the stored text is in this format rather than Newtonsoft's.</summary>
    public static bool Wrote(ReadOnlySpan<byte> json) => json.StartsWith(Opening);

    /// <summary>Whether the stored text is in this format rather than Newtonsoft's.</summary>
    public static bool Wrote(string json) => json.StartsWith(OpeningText, StringComparison.Ordinal);

    /// <summary>Writes <paramref name="value"/> when it is one of the records, and hands the UTF-8 to <paramref name="take"/>.</summary>
    public static bool TryWrite<T>(object value, Func<ReadOnlySpan<byte>, T> take, out T result)
    {
        foreach (var (kind, type, info) in Kinds)
        {
            if (value.GetType() != type) continue;
            var buffer = t_buffer ??= new ArrayBufferWriter<byte>(4096);
            buffer.ResetWrittenCount();
            var writer = t_writer ??= new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true });
            writer.Reset(buffer);
            writer.WriteStartObject();
            writer.WriteString(KindProperty, kind);
            writer.WritePropertyName(ValueProperty);
            JsonSerializer.Serialize(writer, value, info);
            writer.WriteEndObject();
            writer.Flush();
            result = take(buffer.WrittenSpan);
            // A rare large record would otherwise keep its buffer on the thread for good.
            if (buffer.Capacity > 256 * 1024) t_buffer = null;
            return true;
        }
        result = default!;
        return false;
    }

    /// <summary>Reads a record written by <see cref="TryWrite"/>.</summary>
    public static object Read(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 128 });
        Expect(ref reader, JsonTokenType.StartObject);
        Expect(ref reader, JsonTokenType.PropertyName, KindProperty);
        Expect(ref reader, JsonTokenType.String);
        var info = Info(reader.GetString());
        Expect(ref reader, JsonTokenType.PropertyName, ValueProperty);
        if (!reader.Read()) throw new JsonException("A stored record ends before its value.");
        return JsonSerializer.Deserialize(ref reader, info) ?? throw new JsonException("A stored record is JSON null.");
    }

    private static JsonTypeInfo Info(string? kind)
    {
        foreach (var (name, _, info) in Kinds)
        {
            if (name == kind) return info;
        }
        throw new JsonException($"A stored record has an unknown kind '{kind}'.");
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type, string? name = null)
    {
        if (!reader.Read() || reader.TokenType != type || (name is not null && !reader.ValueTextEquals(name)))
        {
            throw new JsonException($"A stored record is not in the expected shape at byte {reader.TokenStartIndex}.");
        }
    }
}

// Numbers for enums, as Newtonsoft wrote them, and every property written so a record reads back whole.
[JsonSourceGenerationOptions(MaxDepth = 128)]
[JsonSerializable(typeof(PracticeRecord))]
[JsonSerializable(typeof(UserRecord))]
[JsonSerializable(typeof(HistoryEntry))]
internal sealed partial class StoreRecordContext : JsonSerializerContext;
