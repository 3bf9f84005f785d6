using SeatedRelease.Tests.Host;
using SeatedRelease.Tests.Support;

namespace SeatedRelease.Tests.Storage;

[Trait("Category", "OutOfProcess")]
[Collection("Azurite")]
public sealed class BlobsHostTests(AzuriteFixture azurite)
{
    private static bool Has(IEnumerable<string> texts, string words) => texts.Any(t => t.Contains(words, StringComparison.OrdinalIgnoreCase));

    [Fact]
    public async Task A_host_on_blob_storage_killed_and_started_again_goes_on_at_the_same_repetition_and_pace()
    {
        await using var host = await HostProcess.StartBlobsAsync(azurite.Server.ConnectionString, AzuriteFixture.NewContainerName());
        var client = host.Client("blobs-kill", "user-blobs");
        await client.JoinAsync();
        foreach (var say in new[] { "no", "carpet", "ready", "ready", "ready", "slower", "ready" }) await client.SayAsync(say);

        await host.KillAsync();
        await host.RestartAsync();

        var resumed = await client.SayAsync("ready");
        Assert.True(Has(BotClient.Texts(resumed), "When you want the next one"), string.Join("\n", BotClient.Texts(resumed)) + "\n" + host.Output);
        Assert.Contains("rate='-25%'", resumed[^1].GetProperty("speak").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_azurite_stopped_the_listener_hears_the_place_is_not_saved_nothing_moves_and_the_same_words_go_on_once_it_is_back()
    {
        await using var ownAzurite = await AzuriteServer.StartAsync(persistent: true);
        await using var host = await HostProcess.StartBlobsAsync(ownAzurite.ConnectionString, AzuriteFixture.NewContainerName());
        var client = host.Client("blobs-outage", "user-outage");
        await client.JoinAsync();
        foreach (var say in new[] { "no", "carpet", "ready", "ready", "ready" }) await client.SayAsync(say);

        await ownAzurite.StopAsync();
        // BotClient asserts 200 on every post: an outage must never become a 500.
        var first = BotClient.Texts(await client.SayAsync("ready"));
        var second = BotClient.Texts(await client.SayAsync("ready"));
        await ownAzurite.StartAgainAsync();
        // The circuit may still be open for a moment after the store is back: the listener says it again.
        var third = BotClient.Texts(await client.SayAsync("ready"));
        for (var i = 0; i < 10 && Has(third, "cannot save"); i++)
        {
            await Task.Delay(500);
            third = BotClient.Texts(await client.SayAsync("ready"));
        }

        var log = "first:\n" + string.Join("\n", first) + "\nsecond:\n" + string.Join("\n", second) + "\nthird:\n" + string.Join("\n", third) + "\n" + host.Output;
        Assert.True(first.Count == 1 && first[0].StartsWith("I cannot save your place right now", StringComparison.Ordinal), log);
        Assert.True(second.Count == 1 && Has(second, "cannot save"), log);
        Assert.False(Has(third, "cannot save"), log);
        Assert.True(Has(third, "Say ready for another one"), log);

        // Saved, not only remembered: a new process (no memory of its own) goes on from there.
        await host.KillAsync();
        await host.RestartAsync();
        var afterRestart = BotClient.Texts(await client.SayAsync("ready"));
        Assert.True(Has(afterRestart, "When you want the next one"), string.Join("\n", afterRestart) + "\n" + host.Output);
    }
}
