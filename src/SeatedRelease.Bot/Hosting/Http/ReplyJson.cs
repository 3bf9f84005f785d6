using System.Buffers;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace SeatedRelease.Bot.Hosting;

/// <summary>
/// Writes the replies of an expectReplies turn. A spoken turn answers with several messages made of plain fields
/// (strings, accounts, imBack suggestions); the reflective serializer spent more on them than the whole practice
/// engine did, so those are written field by field. Any activity holding something else (an attachment, a value,
/// channel data, a date, extension properties) goes through Bot Framework's serializer, so the JSON means the same
/// either way; the shapes are read from the schema's own attributes, so a field added to it is never dropped.
/// </summary>
internal static class ReplyJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        // '<' and '&' stay as they are, as Bot Framework's serializer writes them: SSML is mostly angle brackets.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly Shape<ChannelAccount> Account = new();
    private static readonly Shape<ConversationAccount> Conversation = new();
    private static readonly Shape<CardAction> Action = new(new()
    {
        // A suggestion's value is a string for imBack; anything else is left to the serializer.
        ["value"] = new Member<CardAction>(a => a.Value is null or string, (w, a) =>
        {
            if (a.Value is string value) w.WriteString("value", value);
        }),
    });
    private static readonly Shape<SuggestedActions> Suggested = new(new()
    {
        ["actions"] = new Member<SuggestedActions>(s => s.Actions is null || s.Actions.All(a => a is not null && Action.IsPlain(a)), (w, s) =>
        {
            if (s.Actions is null) return;
            w.WriteStartArray("actions");
            foreach (var action in s.Actions) Action.Write(w, action);
            w.WriteEndArray();
        }),
    });
    private static readonly Shape<Activity> Message = new(new()
    {
        ["from"] = Nested<Activity, ChannelAccount>("from", a => a.From, Account),
        ["recipient"] = Nested<Activity, ChannelAccount>("recipient", a => a.Recipient, Account),
        ["conversation"] = Nested<Activity, ConversationAccount>("conversation", a => a.Conversation, Conversation),
        ["suggestedActions"] = Nested<Activity, SuggestedActions>("suggestedActions", a => a.SuggestedActions, Suggested),
    });

    /// <summary>
    /// Writes <paramref name="body"/> when it is a list of expected replies; false (nothing written) for any other
    /// body. <paramref name="fallback"/> serializes one activity that holds more than plain fields.
    /// </summary>
    public static bool TryWrite(object body, IBufferWriter<byte> output, Func<Activity, string> fallback)
    {
        if (body is not ExpectedReplies { Activities: { } activities }) return false;
        using var writer = new Utf8JsonWriter(output, Options);
        writer.WriteStartObject();
        writer.WriteStartArray("activities");
        foreach (var activity in activities)
        {
            if (activity is null) writer.WriteNullValue();
            else if (Message.IsPlain(activity)) Message.Write(writer, activity);
            else writer.WriteRawValue(fallback(activity), skipInputValidation: false);
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
        return true;
    }

    private static Member<TOwner> Nested<TOwner, TValue>(string name, Func<TOwner, TValue?> get, Shape<TValue> shape)
        where TValue : class =>
        new(o => get(o) is not { } v || shape.IsPlain(v), (w, o) =>
        {
            if (get(o) is not { } v) return;
            w.WritePropertyName(name);
            shape.Write(w, v);
        });

    internal sealed record Member<T>(Func<T, bool> IsPlain, Action<Utf8JsonWriter, T> Write);

    /// <summary>
    /// One schema class: its JSON properties in the serializer's order. Strings and nullable flags are written
    /// directly, the members given are written by their own writer, and every other property must be empty.
    /// </summary>
    internal sealed class Shape<T>
    {
        private static readonly Member<T> Unknown = new(_ => false, (_, _) => { });

        private readonly List<Member<T>> _members = [];

        public Shape(Dictionary<string, Member<T>>? special = null)
        {
            foreach (var property in typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.GetCustomAttribute<Newtonsoft.Json.JsonIgnoreAttribute>() is not null) continue;
                if (property.GetCustomAttribute<Newtonsoft.Json.JsonExtensionDataAttribute>() is not null)
                {
                    var extra = Getter<JObject?>(property);
                    _members.Add(new Member<T>(o => extra(o) is not { Count: > 0 }, (_, _) => { }));
                    continue;
                }
                if (property.GetCustomAttribute<Newtonsoft.Json.JsonPropertyAttribute>()?.PropertyName is not { } name)
                {
                    _members.Add(Unknown);
                    continue;
                }
                if (special?.TryGetValue(name, out var member) == true)
                {
                    _members.Add(member);
                }
                else if (property.PropertyType == typeof(string))
                {
                    var get = Getter<string?>(property);
                    var encoded = JsonEncodedText.Encode(name);
                    _members.Add(new Member<T>(_ => true, (w, o) =>
                    {
                        if (get(o) is { } value) w.WriteString(encoded, value);
                    }));
                }
                else if (property.PropertyType == typeof(bool?))
                {
                    var get = Getter<bool?>(property);
                    var encoded = JsonEncodedText.Encode(name);
                    _members.Add(new Member<T>(_ => true, (w, o) =>
                    {
                        if (get(o) is { } value) w.WriteBoolean(encoded, value);
                    }));
                }
                else if (!property.PropertyType.IsValueType || Nullable.GetUnderlyingType(property.PropertyType) is not null)
                {
                    var isNull = IsNull(property);
                    _members.Add(new Member<T>(isNull, (_, _) => { }));
                }
                else
                {
                    // A plain value type is always written by the serializer, and this writer cannot know how it
                    // reads: every object of the type goes to the serializer, so a new SDK field is never dropped.
                    _members.Add(Unknown);
                }
            }
        }

        public bool IsPlain(T value)
        {
            foreach (var member in _members)
            {
                if (!member.IsPlain(value)) return false;
            }
            return true;
        }

        public void Write(Utf8JsonWriter writer, T value)
        {
            writer.WriteStartObject();
            foreach (var member in _members) member.Write(writer, value);
            writer.WriteEndObject();
        }

        private static Func<T, TValue> Getter<TValue>(PropertyInfo property)
        {
            var owner = Expression.Parameter(typeof(T));
            return Expression.Lambda<Func<T, TValue>>(Expression.Convert(Expression.Property(owner, property), typeof(TValue)), owner).Compile();
        }

        private static Func<T, bool> IsNull(PropertyInfo property)
        {
            var owner = Expression.Parameter(typeof(T));
            var test = Expression.Equal(Expression.Property(owner, property), Expression.Constant(null, property.PropertyType));
            return Expression.Lambda<Func<T, bool>>(test, owner).Compile();
        }
    }
}
