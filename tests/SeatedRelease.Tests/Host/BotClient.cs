using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SeatedRelease.Tests.Host;

/// <summary>A client that speaks only the Bot Framework protocol, with expectReplies, as any HTTP client could.</summary>
public sealed class BotClient(HttpClient http, string conversationId, string userId = "user-http")
{
    public async Task<List<JsonElement>> SendAsync(string type, string? text = null, string? id = null)
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = id ?? Guid.NewGuid().ToString("N"),
            ["channelId"] = "test",
            ["serviceUrl"] = "http://localhost:1/",
            ["deliveryMode"] = "expectReplies",
            ["conversation"] = new JsonObject { ["id"] = conversationId },
            ["from"] = new JsonObject { ["id"] = userId },
            ["recipient"] = new JsonObject { ["id"] = "bot" },
        };
        if (text is not null) activity["text"] = text;
        if (type == "conversationUpdate")
        {
            activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = userId }, new JsonObject { ["id"] = "bot" });
        }
        using var response = await http.PostAsJsonAsync("/api/messages", activity);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("activities").EnumerateArray().ToList();
    }

    public Task<List<JsonElement>> JoinAsync() => SendAsync("conversationUpdate");

    public Task<List<JsonElement>> SayAsync(string text, string? id = null) => SendAsync("message", text, id);

    public static List<string> Texts(IEnumerable<JsonElement> activities) =>
        activities.Where(a => a.GetProperty("type").GetString() == "message").Select(a => a.GetProperty("text").GetString()!).ToList();
}
