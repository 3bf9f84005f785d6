using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SeatedRelease.Bot.Hosting;
using SeatedRelease.Tests.Support;

namespace SeatedRelease.Tests.Storage;

public sealed class SqliteStorageTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"seatedrelease-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var f in new[] { _file, _file + "-wal", _file + "-shm" }) File.Delete(f);
    }

    [Fact]
    public async Task Every_write_reads_back_after_the_store_is_opened_again()
    {
        // Enough writes for SQLite to checkpoint its write-ahead log into the file more than once.
        const int written = 5_000;
        using (var storage = new SqliteStorage(_file))
        {
            for (var n = 0; n < written; n++)
            {
                await storage.WriteAsync(new Dictionary<string, object> { [$"k{n % 50}"] = new Dictionary<string, object> { ["n"] = n, ["pad"] = new string('x', 400) } });
            }
        }
        using var reopened = new SqliteStorage(_file);
        var last = written - 1;
        var items = await reopened.ReadAsync([$"k{last % 50}"]);
        Assert.Equal(last, Convert.ToInt64(((IDictionary<string, object>)items[$"k{last % 50}"])["n"], System.Globalization.CultureInfo.InvariantCulture));
    }

    // Turns written at once may share one commit; each is still its own: its ETags, its conflicts, its rows.
    [Fact]
    public async Task Writes_at_once_each_land_or_conflict_on_their_own()
    {
        using var storage = new SqliteStorage(_file);
        const int keys = 40;
        var first = new TrackedItem[keys];
        for (var k = 0; k < keys; k++)
        {
            first[k] = new TrackedItem { Value = "first", Count = k };
            await storage.WriteAsync(new Dictionary<string, object> { [$"k{k}"] = first[k] });
        }
        var stale = first.Select(f => f.ETag).ToArray();
        // Every key gets a good write (the ETag it holds) and a stale one (an ETag that never was), all at once.
        var writes = Enumerable.Range(0, keys).SelectMany(k => new[]
        {
            (Key: k, Good: true, Task: Task.Run(() => storage.WriteAsync(new Dictionary<string, object> { [$"k{k}"] = new TrackedItem { Value = "second", Count = k, ETag = stale[k] } }))),
            (Key: k, Good: false, Task: Task.Run(() => storage.WriteAsync(new Dictionary<string, object> { [$"k{k}"] = new TrackedItem { Value = "stale", Count = -1, ETag = "12345" } }))),
        }).ToList();
        foreach (var (key, good, task) in writes)
        {
            if (good) await task;
            else await Assert.ThrowsAsync<StorageConflictException>(() => task);
        }
        var read = await storage.ReadAsync(Enumerable.Range(0, keys).Select(k => $"k{k}").ToArray());
        for (var k = 0; k < keys; k++)
        {
            var item = Assert.IsType<TrackedItem>(read[$"k{k}"]);
            Assert.Equal(("second", k), (item.Value, item.Count));
            Assert.NotEqual(stale[k], item.ETag);
        }
    }

    [Fact]
    public async Task A_write_cancelled_before_its_turn_is_never_written()
    {
        using var storage = new SqliteStorage(_file);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => storage.WriteAsync(new Dictionary<string, object> { ["gone"] = new TrackedItem { Value = "never" } }, cancelled.Token));
        // The next writer commits whatever is queued: the cancelled batch must not be among it.
        await storage.WriteAsync(new Dictionary<string, object> { ["kept"] = new TrackedItem { Value = "kept" } });
        var read = await storage.ReadAsync(["gone", "kept"]);
        Assert.False(read.ContainsKey("gone"));
        Assert.True(read.ContainsKey("kept"));
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
        Assert.Contains(next, t => t.Contains("When you want the next one", StringComparison.Ordinal));

        var later = new BotHarness(new SqliteStorage(_file), "conv-db-2", "user-db");
        var greeting = (await later.JoinAsync()).OfType<IMessageActivity>().First();
        Assert.Contains("rate='-25%'", greeting.Speak, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_written_before_type_names_were_stored_is_still_read()
    {
        // Files from before this store kept type names hold plain JSON; a user's place there must not be lost.
        using (var storage = new SqliteStorage(_file)) { }
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_file};Pooling=false"))
        {
            connection.Open();
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO state (key, etag, json) VALUES ('old', 7, '{\"practice\":{\"Value\":\"kept\"}}')";
            insert.ExecuteNonQuery();
        }

        using var reopened = new SqliteStorage(_file);
        var read = await reopened.ReadAsync(["old"]);

        var plain = Assert.IsType<Newtonsoft.Json.Linq.JObject>(read["old"]);
        Assert.Equal("kept", plain["practice"]!.ToObject<Item>()!.Value);
    }

    [Fact]
    public async Task A_batch_with_one_stale_etag_writes_nothing()
    {
        using var storage = new SqliteStorage(_file);
        await storage.WriteAsync(new Dictionary<string, object> { ["a"] = new Item { Value = "a1" }, ["b"] = new Item { Value = "b1" } });
        var stale = (Item)(await storage.ReadAsync(["b"]))["b"];
        await storage.WriteAsync(new Dictionary<string, object> { ["b"] = new Item { Value = "b2" } });

        await Assert.ThrowsAsync<StorageConflictException>(() => storage.WriteAsync(new Dictionary<string, object>
        {
            ["a"] = new Item { Value = "a2" },
            ["b"] = new Item { Value = "b3", ETag = stale.ETag },
        }));

        var now = await storage.ReadAsync(["a", "b"]);
        Assert.Equal("a1", ((Item)now["a"]).Value);
        Assert.Equal("b2", ((Item)now["b"]).Value);
    }

    private sealed class Item : IStoreItem
    {
        public string Value { get; set; } = "";
        public string? ETag { get; set; }
    }
}
