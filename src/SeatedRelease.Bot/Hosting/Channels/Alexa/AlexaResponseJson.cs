using System.Text.Json;

namespace SeatedRelease.Bot.Alexa;

/// <summary>Writes Alexa's response envelope; the JSON writer escapes whatever the speech holds.</summary>
public static class AlexaResponseJson
{
    /// <summary>The response body for a reply.</summary>
    public static byte[] Write(AlexaReply reply)
    {
        using var buffer = new MemoryStream(1024);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("version", "1.0");
            json.WriteStartObject("response");
            if (reply.Speech is { } speech) Speech(json, "outputSpeech", speech);
            if (reply.Reprompt is { } reprompt)
            {
                json.WriteStartObject("reprompt");
                Speech(json, "outputSpeech", reprompt);
                json.WriteEndObject();
            }
            json.WriteBoolean("shouldEndSession", reply.EndSession);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }

    private static void Speech(Utf8JsonWriter json, string name, string ssml)
    {
        json.WriteStartObject(name);
        json.WriteString("type", "SSML");
        json.WriteString("ssml", ssml);
        json.WriteEndObject();
    }
}
