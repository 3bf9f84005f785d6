using SeatedRelease.Tests.Host;
using SeatedRelease.Tests.Support;
using Xunit.Abstractions;

namespace SeatedRelease.Tests.Storage;

[Collection("Azurite")]
public sealed class BlobsHostTests(AzuriteFixture azurite, ITestOutputHelper output)
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
        Assert.True(Has(BotClient.Texts(resumed), "repetition 3 of 5"), string.Join("\n", BotClient.Texts(resumed)) + "\n" + host.Output);
        Assert.Contains("rate=\"-25%\"", resumed[^1].GetProperty("speak").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_azurite_stopped_a_turn_still_answers_200_and_once_it_is_back_the_practice_goes_on()
    {
        await using var ownAzurite = await AzuriteServer.StartAsync(persistent: true);
        await using var host = await HostProcess.StartBlobsAsync(ownAzurite.ConnectionString, AzuriteFixture.NewContainerName());
        var client = host.Client("blobs-outage", "user-outage");
        await client.JoinAsync();
        foreach (var say in new[] { "no", "carpet", "ready", "ready", "ready" }) await client.SayAsync(say);

        await ownAzurite.StopAsync();
        // BotClient asserts 200 on every post: an outage must never become a 500.
        var during = BotClient.Texts(await client.SayAsync("ready"));
        await ownAzurite.StartAgainAsync();

        output.WriteLine("During the outage the bot said: " + string.Join(" | ", during));
        Assert.NotEmpty(during);
        var after = BotClient.Texts(await client.SayAsync("ready"));
        Assert.True(Has(after, "repetition"), "during the outage:\n" + string.Join("\n", during) + "\nafter:\n" + string.Join("\n", after) + "\n" + host.Output);
    }
}
