using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SeatedRelease.Tests.Skill;

/// <summary>
/// Plays a parent bot calling the practice as a skill over HTTP, as Bot Framework's skill client does: the activity
/// is addressed to a recipient with role "skill", and the replies come back in the body (expectReplies).
/// Without an app id the adapter gives such a call the anonymous skill caller's claims, so the bot sees a skill call.
/// </summary>
internal sealed class SkillParent(HttpClient http, string conversationId, string channelId = "emulator")
{
    public async Task<List<JsonElement>> SendAsync(string type, string? text = null, string? name = null)
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = Guid.NewGuid().ToString("N"),
            ["channelId"] = channelId,
            ["serviceUrl"] = "http://localhost:1/api/skills/",
            ["deliveryMode"] = "expectReplies",
            ["conversation"] = new JsonObject { ["id"] = conversationId },
            ["from"] = new JsonObject { ["id"] = "parent-user-" + conversationId, ["role"] = "user" },
            ["recipient"] = new JsonObject { ["id"] = "seated-release", ["role"] = "skill" },
            ["locale"] = "en-US",
        };
        if (text is not null) activity["text"] = text;
        if (name is not null) activity["name"] = name;
        using var response = await http.PostAsJsonAsync("/api/messages", activity);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        if (response.Content.Headers.ContentLength == 0) return [];
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.ValueKind == JsonValueKind.Object && body.TryGetProperty("activities", out var list) ? list.EnumerateArray().ToList() : [];
    }

    public Task<List<JsonElement>> SayAsync(string text) => SendAsync("message", text);

    public static List<JsonElement> Ends(IEnumerable<JsonElement> activities) =>
        activities.Where(a => a.GetProperty("type").GetString() == "endOfConversation").ToList();

    public static List<string> Texts(IEnumerable<JsonElement> activities) =>
        activities.Where(a => a.GetProperty("type").GetString() == "message").Select(a => a.GetProperty("text").GetString()!).ToList();
}
