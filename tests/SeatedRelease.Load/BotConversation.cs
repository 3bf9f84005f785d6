using System.Buffers;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace SeatedRelease.Load;

/// <summary>
/// One virtual user's conversation with a bot over POST /api/messages and expectReplies. A virtual user
/// sends one turn at a time, so its request and answer buffers are reused from turn to turn and the generator
/// stays cheap.
/// </summary>
internal sealed class BotConversation(HttpClient http, string userId, LatencyLog latencies, Pauses? thinkTime = null)
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");
    private readonly ArrayBufferWriter<byte> _body = new(512);
    private readonly ArrayBufferWriter<byte> _answer = new(8192);
    private string _conversationId = "";
    private int _turn;

    /// <summary>Turns sent in the current session.</summary>
    public int Turns { get; private set; }

    public void Begin(string conversationId)
    {
        _conversationId = conversationId;
        Turns = 0;
    }

    public Task<Reply> JoinAsync(CancellationToken cancellationToken) => SendAsync("conversationUpdate", null, cancellationToken);

    public Task<Reply> SayAsync(string text, CancellationToken cancellationToken) => SendAsync("message", text, cancellationToken);

    private async Task<Reply> SendAsync(string type, string? text, CancellationToken cancellationToken)
    {
        // A listener pauses before answering; the pause is not part of the turn's latency.
        if (thinkTime is { IsNone: false } && Turns > 0) await Task.Delay(thinkTime.Next(), cancellationToken);
        WriteActivity(type, text);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new ReadOnlyMemoryContent(_body.WrittenMemory) };
        request.Content.Headers.ContentType = Json;
        Turns++;
        var started = Stopwatch.GetTimestamp();
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        latencies.Add(Stopwatch.GetTimestamp() - started);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new TurnFailedException($"HTTP {(int)response.StatusCode} for '{text ?? type}'");
        }
        _answer.ResetWrittenCount();
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        int read;
        while ((read = await stream.ReadAsync(_answer.GetMemory(4096), cancellationToken)) > 0) _answer.Advance(read);
        return ReplyReader.Read(_answer.WrittenSpan, text ?? type);
    }

    private void WriteActivity(string type, string? text)
    {
        _body.ResetWrittenCount();
        using var json = new Utf8JsonWriter(_body);
        json.WriteStartObject();
        json.WriteString("type", type);
        json.WriteString("id", string.Create(null, stackalloc char[32], $"{_conversationId}-{++_turn}"));
        json.WriteString("channelId", "test");
        json.WriteString("serviceUrl", "http://localhost:1/");
        json.WriteString("deliveryMode", "expectReplies");
        json.WritePropertyName("conversation");
        WriteAccount(json, _conversationId);
        json.WritePropertyName("from");
        WriteAccount(json, userId);
        json.WritePropertyName("recipient");
        WriteAccount(json, "bot");
        if (text is not null) json.WriteString("text", text);
        if (type == "conversationUpdate")
        {
            json.WriteStartArray("membersAdded");
            WriteAccount(json, userId);
            WriteAccount(json, "bot");
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }

    private static void WriteAccount(Utf8JsonWriter json, string id)
    {
        json.WriteStartObject();
        json.WriteString("id", id);
        json.WriteEndObject();
    }
}
