using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Core;
using Azure.Core.Pipeline;
using SeatedRelease.Bot.Hosting;
using SeatedRelease.Bot.State;
using SeatedRelease.Tests.Host;
using SeatedRelease.Tests.Support;

namespace SeatedRelease.Tests.Storage;

/// <summary>Blob storage that stalls, stops, or has the SDK retry a write that had landed.</summary>
[Trait("Category", "OutOfProcess")]
[Collection("Azurite")]
public sealed class BlobFaultTests(AzuriteFixture azurite)
{
    /// <summary>Lets the next conditional upload reach the service, then drops its answer, so the SDK sends it again.</summary>
    private sealed class LandThenDrop : HttpPipelinePolicy
    {
        public bool Armed { get; set; }

        public List<int> UploadStatuses { get; } = [];

        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) => throw new NotSupportedException();

        public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            await ProcessNextAsync(message, pipeline);
            if (message.Request.Method != RequestMethod.Put || !message.Request.Headers.Contains("If-Match")) return;
            lock (UploadStatuses) UploadStatuses.Add(message.Response.Status);
            if (!Armed) return;
            Armed = false;
            throw new IOException("The connection dropped after the upload landed.");
        }
    }

    [Fact]
    public async Task The_sdk_retrying_a_conditional_upload_that_had_landed_gets_412_and_the_turn_is_answered_once_with_its_own_reply()
    {
        var drop = new LandThenDrop();
        var store = new BlobsStorage(azurite.Server.ConnectionString, AzuriteFixture.NewContainerName(), o => o.AddPolicy(drop, HttpPipelinePosition.PerRetry));
        var bot = new BotHarness(store, "conv-412", "u-412");
        await bot.JoinAsync();
        foreach (var say in new[] { "no", "carpet", "ready", "ready", "ready" }) await bot.SayAsync(say);

        drop.Armed = true;
        var reply = BotHarness.Texts(await bot.SayAsync("ready")).ToList();

        Assert.Contains(412, drop.UploadStatuses);
        Assert.Contains(reply, t => t.Contains("Say ready for another one", StringComparison.Ordinal));
        Assert.DoesNotContain(reply, t => t.Contains("When you want the next one", StringComparison.Ordinal) || t.StartsWith("Sorry", StringComparison.Ordinal));
        var key = "practice/test/conv-412";
        Assert.Equal(2, ((PracticeRecord)(await store.ReadAsync([key]))[key]).State.Rep);
        Assert.Contains(BotHarness.Texts(await bot.SayAsync("ready")), t => t.Contains("When you want the next one", StringComparison.Ordinal));
    }

    [Fact]
    public async Task With_two_hosts_random_routing_and_the_store_paused_then_stopped_every_practice_counts_each_repetition_once_in_order()
    {
        await using var store = await AzuriteServer.StartAsync(persistent: true);
        var container = AzuriteFixture.NewContainerName();
        await using var one = await HostProcess.StartBlobsAsync(store.ConnectionString, container);
        await using var two = await HostProcess.StartBlobsAsync(store.ConnectionString, container);
        HttpClient[] hosts = [one.Http, two.Http];

        var practices = Enumerable.Range(0, 12).Select(i => RunPracticeAsync(hosts, $"outage-{i}", new Random(i))).ToList();
        await Task.Delay(TimeSpan.FromSeconds(1));
        store.Pause();
        await Task.Delay(TimeSpan.FromSeconds(3));
        store.Resume();
        await Task.Delay(TimeSpan.FromSeconds(1));
        await store.StopAsync();
        await Task.Delay(TimeSpan.FromSeconds(3));
        await store.StartAgainAsync();
        var heard = await Task.WhenAll(practices).WaitAsync(TimeSpan.FromMinutes(4));

        var holds = heard.Sum(h => h.Count(t => t.StartsWith("I cannot save your place", StringComparison.Ordinal)));
        Assert.True(holds > 0, "the faults never reached a turn");
        foreach (var texts in heard)
        {
            var log = string.Join("\n", texts);
            Assert.True(InOrderMissingOnlyAfterHolds(texts, [2, 3, 4, 5, 2, 3, 4, 5]), log);
            Assert.True(texts.Any(t => t.Contains("Repetitions with your right leg: 5.", StringComparison.Ordinal)), log);
            Assert.True(texts.Any(t => t.Contains("Repetitions with your left leg: 5.", StringComparison.Ordinal)), log);
            // The one gap docs/storage.md names: a write that landed while its instance saw only a timeout, and whose
            // read-back failed too, is heard as "cannot save"; the same words said again then meet the next step. Only
            // there may "Sorry" come, or (above) one repetition go unheard; anywhere else it is a turn lost or applied twice.
            for (var i = 0; i < texts.Count; i++)
            {
                if (!texts[i].StartsWith("Sorry", StringComparison.Ordinal)) continue;
                Assert.True(i > 0 && texts[i - 1].StartsWith("I cannot save your place", StringComparison.Ordinal), log);
            }
        }
    }

    // Each repetition heard once and in order. One may go unheard only where the documented gap can hide it: after
    // "cannot save" (a write that landed unseen), and no more of them than such answers since the last one heard.
    private static bool InOrderMissingOnlyAfterHolds(List<string> texts, int[] expected)
    {
        var next = 0;
        var holds = 0;
        foreach (var text in texts)
        {
            if (text.StartsWith("I cannot save your place", StringComparison.Ordinal))
            {
                holds++;
                continue;
            }
            foreach (var repetition in RepetitionsHeard.In([text]))
            {
                var skipped = 0;
                while (next + skipped < expected.Length && expected[next + skipped] != repetition) skipped++;
                if (next + skipped == expected.Length || skipped > holds) return false;
                next += skipped + 1;
                holds = 0;
            }
        }
        return next == expected.Length;
    }

    // A listener who says the same again when told their place was not saved, behind a channel that redelivers an
    // activity it got no answer to; each turn goes to either host.
    private static async Task<List<string>> RunPracticeAsync(HttpClient[] hosts, string conversation, Random random)
    {
        var heard = new List<string>();
        var script = new Queue<string?>([null, "no", "carpet"]);
        for (var turn = 0; turn < 300; turn++)
        {
            var text = script.Count > 0 ? script.Peek() : "ready";
            var id = Guid.NewGuid().ToString("N");
            List<string>? replies = null;
            for (var delivery = 0; replies is null && delivery < 20; delivery++)
            {
                replies = await DeliverAsync(hosts[random.Next(hosts.Length)], conversation, id, text);
            }
            Assert.True(replies is not null, $"{conversation}: no answer to one activity in 20 deliveries");
            heard.AddRange(replies);
            if (replies.Any(t => t.StartsWith("I cannot save your place", StringComparison.Ordinal)))
            {
                // "Say that again in a moment."
                await Task.Delay(random.Next(300, 600));
                continue;
            }
            if (script.Count > 0) script.Dequeue();
            if (replies.Any(t => t.Contains("Repetitions with your left leg", StringComparison.Ordinal))) return heard;
            await Task.Delay(random.Next(50, 150));
        }
        return heard;
    }

    private static async Task<List<string>?> DeliverAsync(HttpClient http, string conversation, string id, string? text)
    {
        var activity = new JsonObject
        {
            ["type"] = text is null ? "conversationUpdate" : "message",
            ["id"] = id,
            ["channelId"] = "test",
            ["serviceUrl"] = "http://localhost:1/",
            ["deliveryMode"] = "expectReplies",
            ["conversation"] = new JsonObject { ["id"] = conversation },
            ["from"] = new JsonObject { ["id"] = "user-" + conversation },
            ["recipient"] = new JsonObject { ["id"] = "bot" },
        };
        if (text is not null) activity["text"] = text;
        else activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "user-" + conversation }, new JsonObject { ["id"] = "bot" });
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            using var response = await http.PostAsJsonAsync("/api/messages", activity, timeout.Token);
            if (!response.IsSuccessStatusCode) return null;
            var body = await response.Content.ReadFromJsonAsync<JsonElement>(timeout.Token);
            return BotClient.Texts(body.GetProperty("activities").EnumerateArray());
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
        {
            return null;
        }
    }
}
