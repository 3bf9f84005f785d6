using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SeatedRelease.Bot.Hosting;
using SeatedRelease.Tests.Support;

namespace SeatedRelease.Tests.Host;

public sealed class SqliteStorageTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"seatedrelease-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var f in new[] { _file, _file + "-wal", _file + "-shm" }) File.Delete(f);
    }

    [Fact]
    public async Task The_practice_position_survives_a_restart_of_the_bot()
    {
        var first = new BotHarness(new SqliteStorage(_file), "conv-db", "user-db");
        await first.JoinAsync();
        foreach (var say in new[] { "no", "carpet", "ready", "ready", "ready", "slower", "ready" }) await first.SayAsync(say);

        // A new storage object on the same file stands for a restarted host.
        var second = new BotHarness(new SqliteStorage(_file), "conv-db", "user-db");
        var next = BotHarness.Texts(await second.SayAsync("ready")).ToList();
        Assert.Contains(next, t => t.Contains("repetition 3 of 5", StringComparison.Ordinal));

        var later = new BotHarness(new SqliteStorage(_file), "conv-db-2", "user-db");
        var greeting = (await later.JoinAsync()).OfType<IMessageActivity>().First();
        Assert.Contains("rate=\"-25%\"", greeting.Speak, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_read_and_delete_round_trip_and_a_stale_etag_is_refused()
    {
        var storage = new SqliteStorage(_file);
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Item { Value = "one" } });
        var read = await storage.ReadAsync(["k", "missing"]);
        Assert.Single(read);
        var item = ((Newtonsoft.Json.Linq.JObject)read["k"]).ToObject<Item>()!;
        Assert.Equal("one", item.Value);
        Assert.Equal("1", item.ETag);

        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Item { Value = "two", ETag = item.ETag } });
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Item { Value = "stale", ETag = item.ETag } }));
        var now = ((Newtonsoft.Json.Linq.JObject)(await storage.ReadAsync(["k"]))["k"]).ToObject<Item>()!;
        Assert.Equal("two", now.Value);

        await storage.DeleteAsync(["k"]);
        Assert.Empty(await storage.ReadAsync(["k"]));
    }

    private sealed class Item : IStoreItem
    {
        public string Value { get; set; } = "";
        public string? ETag { get; set; }
    }
}
