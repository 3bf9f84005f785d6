using System.Text.Json;

namespace SeatedRelease.Load;

/// <summary>
/// Reads an expectReplies answer in one forward pass, keeping only each message's text and the last input hint.
/// The generator shares the cores with the server, so building a document of every answer would be charged to
/// whichever bot answers at greater length.
/// </summary>
internal static class ReplyReader
{
    // Every message must be something a listener can hear and read: non-empty text.
    public static Reply Read(ReadOnlySpan<byte> json, string said)
    {
        try
        {
            var reader = new Utf8JsonReader(json);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) throw Failed("the answer is not a JSON object", said);
            var texts = new List<string>(4);
            var hint = "";
            var sawActivities = false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (!reader.ValueTextEquals("activities"u8))
                {
                    reader.Read();
                    reader.Skip();
                    continue;
                }
                if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray) throw Failed("no activities", said);
                sawActivities = true;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (ReadActivity(ref reader, said) is { } message)
                    {
                        texts.Add(message.Text);
                        hint = message.Hint;
                    }
                }
            }
            if (!sawActivities) throw Failed("no activities", said);
            if (texts.Count == 0) throw Failed("no message", said);
            return new Reply(texts, hint);
        }
        catch (JsonException e)
        {
            throw new TurnFailedException($"malformed JSON in the answer to '{said}': {e.Message}");
        }
    }

    private static (string Text, string Hint)? ReadActivity(ref Utf8JsonReader reader, string said)
    {
        if (reader.TokenType != JsonTokenType.StartObject) throw Failed("an activity that is not an object", said);
        bool message = false;
        string? text = null;
        string hint = "";
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader;
            reader.Read();
            if (name.ValueTextEquals("type"u8)) message = reader.TokenType == JsonTokenType.String && reader.ValueTextEquals("message"u8);
            else if (name.ValueTextEquals("text"u8)) text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            else if (name.ValueTextEquals("inputHint"u8)) hint = reader.TokenType == JsonTokenType.String ? reader.GetString() ?? "" : "";
            else reader.Skip();
        }
        if (!message) return null;
        if (string.IsNullOrWhiteSpace(text)) throw Failed("a message without text", said);
        return (text, hint);
    }

    private static TurnFailedException Failed(string what, string said) => new($"{what} in the answer to '{said}'");
}
