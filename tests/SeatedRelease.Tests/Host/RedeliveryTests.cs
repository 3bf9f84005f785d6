using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace SeatedRelease.Tests.Host;

/// <summary>
/// A channel may deliver one activity twice (a retry after a slow answer or a failed reply, a double send). The
/// practice counts it once: the second delivery hears the same reply and moves nothing on.
/// </summary>
public sealed class RedeliveryTests(HostFactory factory) : IClassFixture<HostFactory>
{
    // Through the first repetition of the right leg (see full-session.transcript).
    private static readonly string[] SetUp = ["no", "hardwood floor", "ready", "ready", "ready"];

    [Fact]
    public async Task The_same_ready_delivered_twice_counts_one_repetition()
    {
        var twice = new BotClient(factory.CreateClient(), "redelivery-twice", "user-twice");
        var once = new BotClient(factory.CreateClient(), "redelivery-once", "user-once");
        foreach (var client in new[] { twice, once })
        {
            await client.JoinAsync();
            foreach (var say in SetUp) await client.SayAsync(say);
        }

        var first = await twice.SayAsync("ready", id: "ready-1");
        var again = await twice.SayAsync("ready", id: "ready-1");
        var single = await once.SayAsync("ready", id: "ready-1");

        Assert.NotEmpty(BotClient.Texts(first));
        Assert.Equal(BotClient.Texts(first), BotClient.Texts(again));
        Assert.Equal(BotClient.Texts(single), BotClient.Texts(first));
        Assert.Contains(BotClient.Texts(first), t => t.Contains("Say ready for another one", StringComparison.OrdinalIgnoreCase));
        // The next "ready" shows where each practice stands: the third repetition in both, not the fourth.
        var nextTwice = BotClient.Texts(await twice.SayAsync("ready"));
        var nextOnce = BotClient.Texts(await once.SayAsync("ready"));
        Assert.Equal(nextOnce, nextTwice);
        Assert.True(nextTwice.Any(t => t.Contains("When you want the next one", StringComparison.OrdinalIgnoreCase)), string.Join("\n", nextTwice));
    }

    [Fact]
    public async Task A_new_activity_with_the_same_words_is_answered()
    {
        var client = new BotClient(factory.CreateClient(), "redelivery-new-id", "user-new-id");
        await client.JoinAsync();
        foreach (var say in SetUp) await client.SayAsync(say);
        var first = BotClient.Texts(await client.SayAsync("ready", id: "a"));
        var second = BotClient.Texts(await client.SayAsync("ready", id: "b"));
        Assert.NotEmpty(first);
        Assert.NotEmpty(second);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task A_reply_that_cannot_be_delivered_answers_502_and_the_redelivery_hears_it_counted_once()
    {
        var client = new BotClient(factory.CreateClient(), "redelivery-undelivered", "user-undelivered");
        await client.JoinAsync();
        foreach (var say in SetUp) await client.SayAsync(say);

        // Without expectReplies the host posts its replies to the serviceUrl, where nothing listens.
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = "undelivered-1",
            ["channelId"] = "test",
            ["serviceUrl"] = "http://127.0.0.1:1/",
            ["conversation"] = new JsonObject { ["id"] = "redelivery-undelivered" },
            ["from"] = new JsonObject { ["id"] = "user-undelivered" },
            ["recipient"] = new JsonObject { ["id"] = "bot" },
            ["text"] = "ready",
        };
        using var response = await factory.CreateClient().PostAsJsonAsync("/api/messages", activity);
        Assert.Equal(System.Net.HttpStatusCode.BadGateway, response.StatusCode);

        var redelivered = BotClient.Texts(await client.SayAsync("ready", id: "undelivered-1"));
        Assert.Contains(redelivered, t => t.Contains("Say ready for another one", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(BotClient.Texts(await client.SayAsync("ready")), t => t.Contains("When you want the next one", StringComparison.OrdinalIgnoreCase));
    }
}
