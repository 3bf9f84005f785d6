using Microsoft.Bot.Builder;
using SeatedRelease.Bot.Hosting;

namespace SeatedRelease.Tests.Storage;

/// <summary>
/// What every store kind (memory, sqlite, blobs) must do, run once per kind by the classes below it. Where Bot
/// Builder's MemoryStorage behaves differently (it is not ours), the difference is a flag here, so it stays visible.
/// </summary>
public abstract class StorageConformance
{
    /// <summary>A store over the same data as every other store this test opened (a second host, say).</summary>
    protected abstract IStorage Open();

    /// <summary>
    /// Bot Builder's MemoryStorage overwrites an existing item only with ETag "*": null and empty are ETags to
    /// match there (and never do). It also writes a missing key whatever ETag the item carries. Ours follow Bot
    /// Builder's BlobsStorage instead.
    /// </summary>
    protected virtual bool BehavesLikeBlobsStorage => true;

    private static Dictionary<string, object> One(string key, object value) => new() { [key] = value };

    [Fact]
    public async Task A_written_item_reads_back_with_its_own_types_and_values()
    {
        var store = Open();
        var when = new DateTimeOffset(2026, 3, 4, 5, 6, 7, TimeSpan.FromHours(2));
        var rich = new RichItem
        {
            Words = "2020-01-01T00:00:00Z",
            Side = Side.Left,
            When = when,
            Notes = [new Note { Said = "it pulls a bit", Seconds = 2.5 }],
            Counts = new() { ["right"] = 5, ["left"] = 3 },
            Anything = new Note { Said = "nested without a declared type" },
        };
        // As BotState saves a conversation: a dictionary of properties, each its own type.
        IDictionary<string, object> bag = new Dictionary<string, object> { ["practice"] = new TrackedItem { Value = "in a bag", Count = 2 } };
        await store.WriteAsync(new Dictionary<string, object> { ["rich"] = rich, ["bag"] = bag }, CancellationToken.None);

        var read = await Open().ReadAsync(["rich", "bag", "missing"], CancellationToken.None);

        Assert.Equal(2, read.Count);
        var back = Assert.IsType<RichItem>(read["rich"]);
        Assert.Equal("2020-01-01T00:00:00Z", back.Words);
        Assert.Equal(Side.Left, back.Side);
        Assert.Equal(when, back.When);
        Assert.Equal(when.Offset, back.When.Offset);
        Assert.Equal("it pulls a bit", Assert.Single(back.Notes).Said);
        Assert.Equal(2.5, back.Notes[0].Seconds);
        Assert.Equal(3, back.Counts["left"]);
        Assert.Equal("nested without a declared type", Assert.IsType<Note>(back.Anything).Said);
        var backBag = Assert.IsAssignableFrom<IDictionary<string, object>>(read["bag"]);
        Assert.Equal(2, Assert.IsType<TrackedItem>(backBag["practice"]).Count);
    }

    [Fact]
    public async Task Keys_with_characters_unsafe_in_urls_or_names_are_kept_apart()
    {
        var longKey = new string('k', 2000);
        string[] keys =
        [
            "test/conv/a", "test%2Fconv%2Fa", "a?b=c", "a#b", "a b", "a+b", "ünïcödé ✓ 心", "a.", ".", "..", "a\\b", "A/B",
            longKey + "1", longKey + "2", "é" + longKey,
        ];
        var store = Open();
        await store.WriteAsync(keys.ToDictionary(k => k, object (k) => new TrackedItem { Value = k }), CancellationToken.None);

        var read = await Open().ReadAsync(keys, CancellationToken.None);

        Assert.Equal(keys.Length, read.Count);
        foreach (var key in keys) Assert.Equal(key, Assert.IsType<TrackedItem>(read[key]).Value);
        Assert.Empty(await store.ReadAsync(["test", "test/conv", "a", "k", longKey], CancellationToken.None));

        await store.DeleteAsync(keys, CancellationToken.None);
        Assert.Empty(await Open().ReadAsync(keys, CancellationToken.None));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("*")]
    [InlineData("")]
    public async Task A_write_with_a_null_empty_or_wildcard_etag_overwrites_except_null_and_empty_in_memory(string? etag)
    {
        var store = Open();
        await store.WriteAsync(One("k", new TrackedItem { Value = "first", ETag = "*" }), CancellationToken.None);
        await store.WriteAsync(One("k", new TrackedItem { Value = "second", ETag = "*" }), CancellationToken.None);

        var e = await Record.ExceptionAsync(() => Open().WriteAsync(One("k", new TrackedItem { Value = "third", ETag = etag }), CancellationToken.None));

        var overwrites = etag == "*" || BehavesLikeBlobsStorage;
        Assert.True(overwrites ? e is null : e is not null && StorageConflict.IsConflict(e), $"ETag '{etag}': {e}");
        Assert.Equal(overwrites ? "third" : "second", ((TrackedItem)(await store.ReadAsync(["k"], CancellationToken.None))["k"]).Value);
    }

    [Fact]
    public async Task Each_write_gives_a_new_etag_and_a_matching_etag_is_accepted()
    {
        var store = Open();
        await store.WriteAsync(One("k", new TrackedItem { Value = "one" }), CancellationToken.None);
        var first = (TrackedItem)(await store.ReadAsync(["k"], CancellationToken.None))["k"];
        Assert.False(string.IsNullOrEmpty(first.ETag));

        var firstETag = first.ETag;
        first.Value = "two";
        await Open().WriteAsync(One("k", first), CancellationToken.None);

        var second = (TrackedItem)(await store.ReadAsync(["k"], CancellationToken.None))["k"];
        Assert.Equal("two", second.Value);
        Assert.NotEqual(firstETag, second.ETag);
    }

    [Fact]
    public async Task Our_stores_stamp_a_written_item_with_its_new_etag_so_it_can_be_written_again_unread()
    {
        var store = Open();
        var item = new TrackedItem { Value = "one" };
        await store.WriteAsync(One("k", item), CancellationToken.None);
        if (!BehavesLikeBlobsStorage)
        {
            // Bot Builder's MemoryStorage leaves the caller's item as it was, so the turn runner reads every time.
            Assert.Null(item.ETag);
            return;
        }
        var stored = (TrackedItem)(await Open().ReadAsync(["k"], CancellationToken.None))["k"];
        Assert.Equal(stored.ETag, item.ETag);

        item.Value = "two";
        await store.WriteAsync(One("k", item), CancellationToken.None);
        Assert.NotEqual(stored.ETag, item.ETag);
        Assert.Equal("two", ((TrackedItem)(await Open().ReadAsync(["k"], CancellationToken.None))["k"]).Value);

        // The stamp is what the store holds now, so a copy written with the older ETag is refused.
        stored.Value = "stale";
        var e = await Record.ExceptionAsync(() => store.WriteAsync(One("k", stored), CancellationToken.None));
        Assert.True(e is not null && StorageConflict.IsConflict(e), $"{e}");
    }

    [Fact]
    public async Task A_stale_etag_is_a_conflict_that_the_classifier_recognises_and_nothing_changes()
    {
        var store = Open();
        await store.WriteAsync(One("k", new TrackedItem { Value = "one" }), CancellationToken.None);
        var stale = (TrackedItem)(await store.ReadAsync(["k"], CancellationToken.None))["k"];
        await store.WriteAsync(One("k", new TrackedItem { Value = "two", ETag = stale.ETag }), CancellationToken.None);

        stale.Value = "stale";
        var e = await Record.ExceptionAsync(() => Open().WriteAsync(One("k", stale), CancellationToken.None));

        Assert.NotNull(e);
        Assert.True(StorageConflict.IsConflict(e), $"not recognised as a conflict: {e}");
        Assert.Equal("two", ((TrackedItem)(await store.ReadAsync(["k"], CancellationToken.None))["k"]).Value);
    }

    [Fact]
    public async Task An_etag_for_a_key_that_does_not_exist_is_a_conflict_except_in_memory()
    {
        var store = Open();
        await store.WriteAsync(One("gone", new TrackedItem { Value = "one" }), CancellationToken.None);
        var read = (TrackedItem)(await store.ReadAsync(["gone"], CancellationToken.None))["gone"];
        await store.DeleteAsync(["gone"], CancellationToken.None);

        var afterDelete = await Record.ExceptionAsync(() => store.WriteAsync(One("gone", read), CancellationToken.None));
        var neverThere = await Record.ExceptionAsync(() => store.WriteAsync(One("never", new TrackedItem { ETag = "12345" }), CancellationToken.None));

        if (BehavesLikeBlobsStorage)
        {
            Assert.True(afterDelete is not null && StorageConflict.IsConflict(afterDelete), $"after delete: {afterDelete}");
            Assert.True(neverThere is not null && StorageConflict.IsConflict(neverThere), $"never written: {neverThere}");
            Assert.Empty(await store.ReadAsync(["gone", "never"], CancellationToken.None));
        }
        else
        {
            Assert.Null(afterDelete);
            Assert.Null(neverThere);
            Assert.Equal(2, (await store.ReadAsync(["gone", "never"], CancellationToken.None)).Count);
        }
    }

    [Fact]
    public async Task Of_concurrent_writers_holding_the_same_etag_exactly_one_wins()
    {
        const int writers = 8;
        await Open().WriteAsync(One("race", new TrackedItem { Value = "start" }), CancellationToken.None);
        var etag = ((TrackedItem)(await Open().ReadAsync(["race"], CancellationToken.None))["race"]).ETag;
        var stores = Enumerable.Range(0, writers).Select(_ => Open()).ToArray();
        using var go = new ManualResetEventSlim();

        var attempts = Enumerable.Range(0, writers).Select(i => Task.Run(async () =>
        {
            go.Wait();
            try
            {
                await stores[i].WriteAsync(One("race", new TrackedItem { Value = $"writer {i}", ETag = etag }), CancellationToken.None);
                return (Writer: i, Error: (Exception?)null);
            }
            catch (Exception e)
            {
                return (Writer: i, Error: e);
            }
        })).ToArray();
        go.Set();
        var results = await Task.WhenAll(attempts);

        var winner = Assert.Single(results, r => r.Error is null);
        Assert.All(results.Where(r => r.Error is not null), r => Assert.True(StorageConflict.IsConflict(r.Error!), r.Error!.ToString()));
        Assert.Equal($"writer {winner.Writer}", ((TrackedItem)(await Open().ReadAsync(["race"], CancellationToken.None))["race"]).Value);
    }

    [Fact]
    public async Task Delete_removes_the_key_and_deleting_a_missing_key_is_fine()
    {
        var store = Open();
        await store.WriteAsync(new Dictionary<string, object> { ["d1"] = new TrackedItem(), ["d2"] = new TrackedItem() }, CancellationToken.None);

        await store.DeleteAsync(["d1", "never-written"], CancellationToken.None);

        var left = await Open().ReadAsync(["d1", "d2"], CancellationToken.None);
        Assert.Equal(["d2"], left.Keys);
        await store.WriteAsync(One("d1", new TrackedItem { Value = "again" }), CancellationToken.None);
        Assert.Equal("again", ((TrackedItem)(await store.ReadAsync(["d1"], CancellationToken.None))["d1"]).Value);
    }
}

public sealed class MemoryStorageConformanceTests : StorageConformance
{
    private readonly MemoryStorage _store = new();

    protected override IStorage Open() => _store;

    protected override bool BehavesLikeBlobsStorage => false;
}

public sealed class SqliteStorageConformanceTests : StorageConformance, IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"seatedrelease-conformance-{Guid.NewGuid():N}.db");
    private readonly List<SqliteStorage> _opened = [];

    protected override IStorage Open()
    {
        var store = new SqliteStorage(_file);
        _opened.Add(store);
        return store;
    }

    public void Dispose()
    {
        foreach (var store in _opened) store.Dispose();
        foreach (var f in new[] { _file, _file + "-wal", _file + "-shm" }) File.Delete(f);
    }
}

[Trait("Category", "OutOfProcess")]
[Collection("Azurite")]
public sealed class BlobsStorageConformanceTests(AzuriteFixture azurite) : StorageConformance
{
    private readonly string _container = AzuriteFixture.NewContainerName();

    protected override IStorage Open() => new BlobsStorage(azurite.Server.ConnectionString, _container);
}

public sealed class JsonMemoryStorageConformanceTests : StorageConformance
{
    private readonly JsonMemoryStorage _store = new();

    protected override IStorage Open() => _store;
}
