using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SeatedRelease.Bot.DirectLine;

namespace SeatedRelease.Tests.DirectLine;

/// <summary>
/// The local Direct Line answers anyone who can reach it, so what one caller can take is bounded: tokens per
/// address, conversations nobody uses, and the memory every conversation's activities take together.
/// </summary>
public sealed class DirectLineBoundsTests
{
    private static CancellationToken Ct => CancellationToken.None;

    private const int Budget = 64 * 1024;

    [Fact]
    public async Task Two_hundred_token_requests_from_one_address_leave_room_for_a_new_listener()
    {
        using var factory = new DirectLineFactory();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 200; i++)
        {
            using var response = await new DirectLineClient(factory.CreateClient(), clientAddress: "203.0.113.66").GenerateAsync(Ct);
            statuses.Add(response.StatusCode);
        }

        var listener = await factory.StartedClientAsync(clientAddress: "198.51.100.7");
        await listener.PollAsync(a => a.Any(x => (string?)x["text"] == "hello u1"), Ct);

        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.True(statuses.Count(s => s == HttpStatusCode.OK) <= 30, $"{statuses.Count(s => s == HttpStatusCode.OK)} tokens went to one address");
    }

    [Fact]
    public async Task A_conversation_nobody_uses_is_dropped_within_a_minute_and_one_in_use_is_kept()
    {
        using var factory = new DirectLineFactory();
        var unused = new DirectLineClient(factory.CreateClient());
        Assert.Equal(HttpStatusCode.OK, (await unused.GenerateAsync(Ct)).StatusCode);
        var used = await factory.StartedClientAsync();
        Assert.Equal(HttpStatusCode.OK, (await used.PostTextAsync("hello", Ct)).StatusCode);

        factory.Clock.Advance(TimeSpan.FromSeconds(50));
        var dropped = factory.Services.GetRequiredService<DirectLineConversationStore>().EvictIdle();

        Assert.Equal(1, dropped);
        Assert.Equal(HttpStatusCode.NotFound, (await unused.GetActivitiesAsync("", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await used.GetActivitiesAsync("", Ct)).StatusCode);
    }

    [Fact]
    public async Task One_flooding_conversation_stays_inside_the_memory_budget_and_a_quiet_one_keeps_its_history()
    {
        using var factory = BudgetFactory();
        var quiet = await factory.StartedClientAsync();
        await quiet.PollAsync(a => a.Any(x => (string?)x["text"] == "hello u1"), Ct);
        var flooder = await factory.StartedClientAsync();

        var accepted = await FloodAsync(flooder, posts: 200, textLength: 1500);
        await flooder.PollAsync(a => a.Any(x => (string?)x["text"] == $"echo {accepted[^1]}"), Ct);

        var quietHistory = await HistoryAsync(quiet);
        var flooderHistory = await HistoryAsync(flooder);
        Assert.Contains(quietHistory.Activities, x => (string?)x["text"] == "hello u1");
        Assert.True(Size(quietHistory.Activities) + Size(flooderHistory.Activities) <= Budget, $"{Size(quietHistory.Activities) + Size(flooderHistory.Activities)} bytes kept");
        // The watermark still counts every activity, so a client polling from where it was misses nothing new.
        Assert.True(flooderHistory.Watermark >= 2 * accepted.Count);
    }

    [Fact]
    public async Task A_flood_over_many_conversations_stays_inside_the_budget_and_a_new_listener_is_answered()
    {
        using var factory = BudgetFactory();
        var flooders = new List<DirectLineClient>();
        for (var i = 0; i < 20; i++) flooders.Add(await factory.StartedClientAsync());
        await Task.WhenAll(flooders.Select(f => FloodAsync(f, posts: 25, textLength: 2000)));

        var listener = await factory.StartedClientAsync();
        await listener.PostTextAsync("still there?", Ct);
        await listener.PollAsync(a => a.Any(x => (string?)x["text"] == "echo still there?"), Ct);

        long kept = 0;
        foreach (var client in flooders.Append(listener)) kept += Size((await HistoryAsync(client)).Activities);
        Assert.True(kept <= Budget, $"{kept} bytes kept");
    }

    private static DirectLineFactory BudgetFactory() => new(settings: new Dictionary<string, string?>
    {
        ["DirectLine:MemoryBudgetBytes"] = Budget.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["DirectLine:MaxActivitiesPerConversation"] = "100000",
    });

    // The texts of the posts the host took; a full queue (429) is a refusal the flood must accept.
    private static async Task<List<string>> FloodAsync(DirectLineClient client, int posts, int textLength)
    {
        var accepted = new List<string>();
        for (var i = 0; i < posts; i++)
        {
            var text = $"{i:D5}{new string('x', textLength)}";
            using var response = await client.PostTextAsync(text, Ct);
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.TooManyRequests, $"post answered {(int)response.StatusCode}");
            if (response.StatusCode == HttpStatusCode.OK) accepted.Add(text);
        }

        Assert.NotEmpty(accepted);
        return accepted;
    }

    private static async Task<(JArray Activities, long Watermark)> HistoryAsync(DirectLineClient client)
    {
        using var response = await client.GetActivitiesAsync("0", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JObject.Parse(await response.Content.ReadAsStringAsync(Ct));
        return ((JArray)body["activities"]!, long.Parse((string)body["watermark"]!, System.Globalization.CultureInfo.InvariantCulture));
    }

    private static long Size(JArray activities) => activities.Sum(a => (long)a.ToString(Formatting.None).Length);
}
