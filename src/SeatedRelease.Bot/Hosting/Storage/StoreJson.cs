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
        // The binder gives each type's short name, worked out once; "Full" then writes it as given. The default
        // ("Simple") cuts the assembly details out of the full name again for every object of every write.
        TypeNameAssemblyFormatHandling = TypeNameAssemblyFormatHandling.Full,
        SerializationBinder = new ShortTypeNames(),
        ReferenceLoopHandling = ReferenceLoopHandling.Error,
        DateParseHandling = DateParseHandling.None,
        MaxDepth = 128,
    });

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    // Every turn writes its practice: one builder per thread, reused, and pooled escape buffers leave the finished
    // string as the write's only large allocation.
    [ThreadStatic]
    private static StringBuilder? t_builder;

    private const int KeptBuilderChars = 64 * 1024;

    public static string ToJson(object value)
    {
        var builder = t_builder ?? new StringBuilder(4096);
        t_builder = null;
        builder.Clear();
        try
        {
            var text = new StringWriter(builder, System.Globalization.CultureInfo.InvariantCulture);
            using (var writer = new JsonTextWriter(text) { Formatting = Formatting.None, ArrayPool = CharPool.Instance })
            {
                Serializer.Serialize(writer, value, typeof(object));
            }
            return builder.ToString();
        }
        finally
        {
            if (builder.Capacity <= KeptBuilderChars) t_builder = builder;
        }
    }

    public static byte[] ToUtf8(object value) => Utf8.GetBytes(ToJson(value));

    public static object FromJson(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json));
        return Serializer.Deserialize(reader, typeof(object))
            ?? throw new JsonSerializationException("A stored item is JSON null.");
    }

    public static object FromUtf8(ReadOnlySpan<byte> json) => FromJson(Utf8.GetString(json));

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

/// <summary>Bot Builder's type names without assembly versions, each type's worked out once.</summary>
internal sealed class ShortTypeNames : Newtonsoft.Json.Serialization.DefaultSerializationBinder
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Type, string> _names = new();

    public override void BindToName(Type serializedType, out string? assemblyName, out string? typeName)
    {
        assemblyName = null;
        typeName = _names.GetOrAdd(serializedType, static t => ShortName(t.AssemblyQualifiedName ?? t.FullName ?? t.Name));
    }

    // "Name, Assembly, Version=..., Culture=..., PublicKeyToken=..." becomes "Name, Assembly", inside generic
    // arguments too: what Newtonsoft's simple assembly format writes.
    internal static string ShortName(string assemblyQualifiedName) =>
        System.Text.RegularExpressions.Regex.Replace(assemblyQualifiedName, @", (?:Version|Culture|PublicKeyToken)=[^,\]]*", "");
}

/// <summary>Newtonsoft's char buffers from the shared pool.</summary>
internal sealed class CharPool : IArrayPool<char>
{
    public static readonly CharPool Instance = new();

    public char[] Rent(int minimumLength) => System.Buffers.ArrayPool<char>.Shared.Rent(minimumLength);

    public void Return(char[]? array)
    {
        if (array is not null) System.Buffers.ArrayPool<char>.Shared.Return(array);
    }
}
