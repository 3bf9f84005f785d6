using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SeatedRelease.Tests.Teams;

/// <summary>Sends activities shaped as Teams sends them (channel msteams, a conversation type) and reads the replies.</summary>
internal sealed class TeamsClient(HttpClient http, string conversationId, string channelId = "msteams", string conversationType = "personal")
{
    private const string BotId = "28:seated-release";
    private const string UserId = "29:listener";

    public async Task<List<JsonElement>> SendAsync(string type, string? text = null, params string[] membersAdded)
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = Guid.NewGuid().ToString("N"),
            ["channelId"] = channelId,
            ["serviceUrl"] = "https://smba.example.invalid/teams/",
            ["deliveryMode"] = "expectReplies",
            ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = conversationType },
            ["from"] = new JsonObject { ["id"] = UserId },
            ["recipient"] = new JsonObject { ["id"] = BotId },
        };
        if (text is not null) activity["text"] = text;
        if (membersAdded.Length > 0) activity["membersAdded"] = new JsonArray(membersAdded.Select(m => (JsonNode)new JsonObject { ["id"] = m }).ToArray());
        using var response = await http.PostAsJsonAsync("/api/messages", activity);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("activities").EnumerateArray().ToList();
    }

    /// <summary>Installing the app in personal scope: Teams adds the bot alone.</summary>
    public Task<List<JsonElement>> InstallAsync() => SendAsync("conversationUpdate", null, BotId);

    public Task<List<JsonElement>> SayAsync(string text) => SendAsync("message", text);

    public static List<JsonElement> Messages(IEnumerable<JsonElement> activities) =>
        activities.Where(a => a.GetProperty("type").GetString() == "message").ToList();
}
