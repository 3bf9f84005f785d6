using SeatedRelease.Bot.Hosting;
using SeatedRelease.Tests.Support;

namespace SeatedRelease.Tests.Storage;

[Trait("Category", "OutOfProcess")]
public sealed class AzuriteServerTests
{
    private static Dictionary<string, object> One(string value) => new() { ["conv/1"] = new TrackedItem { Value = value } };

    private static async Task<string?> ReadAsync(BlobsStorage store) =>
        (await store.ReadAsync(["conv/1"], CancellationToken.None)).TryGetValue("conv/1", out var v) ? ((TrackedItem)v).Value : null;

    [Fact]
    public async Task With_persistence_a_stop_is_an_outage_not_a_conflict_and_the_data_is_there_after_the_restart()
    {
        await using var azurite = await AzuriteServer.StartAsync(persistent: true);
        var store = new BlobsStorage(azurite.ConnectionString, AzuriteFixture.NewContainerName());
        await store.WriteAsync(One("before the stop"), CancellationToken.None);

        await azurite.StopAsync();
        var down = await Record.ExceptionAsync(() => store.WriteAsync(One("while down"), CancellationToken.None));
        await azurite.StartAgainAsync();

        Assert.NotNull(down);
        Assert.False(StorageConflict.IsConflict(down), $"an outage was taken for a conflict: {down}");
        Assert.Equal("before the stop", await ReadAsync(store));
        await store.WriteAsync(One("after the restart"), CancellationToken.None);
        Assert.Equal("after the restart", await ReadAsync(store));
    }

    [Fact]
    public async Task In_memory_a_restart_on_the_same_port_forgets_everything_and_the_store_makes_its_container_again()
    {
        await using var azurite = await AzuriteServer.StartAsync();
        var port = azurite.Port;
        var store = new BlobsStorage(azurite.ConnectionString, AzuriteFixture.NewContainerName());
        await store.WriteAsync(One("lost on restart"), CancellationToken.None);

        await azurite.KillAsync();
        Assert.False(azurite.IsRunning);
        await azurite.StartAgainAsync();

        Assert.Equal(port, azurite.Port);
        Assert.Null(await ReadAsync(store));
        await store.WriteAsync(One("written again"), CancellationToken.None);
        Assert.Equal("written again", await ReadAsync(store));
    }
}
