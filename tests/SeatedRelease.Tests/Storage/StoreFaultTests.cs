using Microsoft.Bot.Builder;
using Microsoft.Data.Sqlite;
using SeatedRelease.Bot.Hosting;
using SeatedRelease.Bot.State;
using SeatedRelease.Tests.Support;

namespace SeatedRelease.Tests.Storage;

/// <summary>A store that hangs, fails, is locked, read-only or deleted: turns are answered in time and nothing is lost.</summary>
public sealed class StoreFaultTests : IDisposable
{
    // Far above a turn's budget of 2.7 s, far below a channel's patience or the old 30 s wait.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly string _folder = Directory.CreateTempSubdirectory("store-faults-").FullName;
    private readonly List<IDisposable> _opened = [];

    public void Dispose()
    {
        foreach (var store in _opened) store.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private string DatabasePath => Path.Combine(_folder, "state.db");

    private SqliteStorage NewSqlite()
    {
        var store = new SqliteStorage(DatabasePath);
        _opened.Add(store);
        return store;
    }

    private static List<string> Texts(IEnumerable<Microsoft.Bot.Schema.IActivity> a) => BotHarness.Texts(a).ToList();

    private static async Task<int> RepAsync(IStorage storage, string conversation)
    {
        var key = $"practice/test/{conversation}";
        return ((PracticeRecord)(await storage.ReadAsync([key], CancellationToken.None))[key]).State.Rep;
    }

    private static async Task<BotHarness> AtFirstRepetitionAsync(IStorage storage, string conversation, StoreGuardOptions? guard = null)
    {
        var bot = new BotHarness(storage, conversation, "u-" + conversation, guard: guard);
        await bot.JoinAsync();
        foreach (var say in new[] { "no", "carpet", "ready", "ready", "ready" }) await bot.SayAsync(say);
        return bot;
    }

    [Fact]
    public async Task A_hanging_store_is_given_up_on_within_the_turn_then_the_circuit_opens_and_a_probe_closes_it()
    {
        var options = new StoreGuardOptions
        {
            CallTimeout = TimeSpan.FromMilliseconds(200),
            TurnBudget = TimeSpan.FromSeconds(1),
            MinimumCalls = 2,
            BreakDuration = TimeSpan.FromMilliseconds(500),
        };
        var faulty = new FaultyStorage(new JsonMemoryStorage());
        var guarded = new GuardedStorage(faulty, options, TimeProvider.System);
        var bot = await AtFirstRepetitionAsync(guarded, "conv-hang", options);

        faulty.Hanging = true;
        // The breaker counts failures against the successes still in its window, so it opens after a few turns.
        for (var i = 0; i < 10 && guarded.Problem is null; i++)
        {
            Assert.Equal([BotHarness.Script.Phrase("notSaved")], Texts(await bot.SayAsync("ready").WaitAsync(Patience)));
        }
        Assert.NotNull(guarded.Problem);
        // Open: the store is not asked at all, and the turn is answered at once.
        var calls = faulty.Calls;
        Assert.Equal([BotHarness.Script.Phrase("notSaved")], Texts(await bot.SayAsync("ready").WaitAsync(Patience)));
        Assert.Equal(calls, faulty.Calls);

        faulty.Hanging = false;
        await Task.Delay(options.BreakDuration * 2);
        Assert.Contains(Texts(await bot.SayAsync("ready")), t => t.Contains("Say ready for another one", StringComparison.Ordinal));
        Assert.Null(guarded.Problem);
        Assert.Equal(2, await RepAsync(faulty, "conv-hang"));
    }

    [Fact]
    public async Task A_sqlite_file_locked_by_another_connection_holds_the_turn_within_its_budget_and_loses_nothing()
    {
        var guarded = new GuardedStorage(NewSqlite(), new StoreGuardOptions(), TimeProvider.System);
        var bot = await AtFirstRepetitionAsync(guarded, "conv-lock");

        await using (var other = new SqliteConnection($"Data Source={DatabasePath};Pooling=False"))
        {
            await other.OpenAsync();
            await using var command = other.CreateCommand();
            command.CommandText = "BEGIN IMMEDIATE";
            await command.ExecuteNonQueryAsync();

            Assert.Equal([BotHarness.Script.Phrase("notSaved")], Texts(await bot.SayAsync("ready").WaitAsync(Patience)));
            command.CommandText = "ROLLBACK";
            await command.ExecuteNonQueryAsync();
        }

        Assert.Contains(Texts(await bot.SayAsync("ready").WaitAsync(Patience)), t => t.Contains("Say ready for another one", StringComparison.Ordinal));
        Assert.Equal(2, await RepAsync(guarded, "conv-lock"));
    }

    [Fact]
    [Trait("Category", "OutOfProcess")]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task A_database_that_was_read_only_at_start_is_written_once_it_is_writable_again()
    {
        using (var create = new SqliteStorage(DatabasePath)) await create.WriteAsync(new Dictionary<string, object> { ["k"] = new HistoryEntry { Revision = 1 } });
        SqliteConnection.ClearAllPools();

        SqliteStorage store;
        await using (await ReadOnlyFile.MakeAsync(DatabasePath))
        {
            store = NewSqlite();
            await Assert.ThrowsAnyAsync<Exception>(() => store.WriteAsync(new Dictionary<string, object> { ["k"] = new HistoryEntry { Revision = 2 } }));
            Assert.NotNull(store.Problem);
        }

        await store.WriteAsync(new Dictionary<string, object> { ["k"] = new HistoryEntry { Revision = 3 } });
        Assert.Null(store.Problem);
        Assert.Equal(3, ((HistoryEntry)(await store.ReadAsync(["k"]))["k"]).Revision);
    }

    [Fact]
    public async Task A_deleted_database_file_refuses_writes_and_says_so_instead_of_taking_turns_it_would_lose()
    {
        var store = NewSqlite();
        await store.WriteAsync(new Dictionary<string, object> { ["k"] = new HistoryEntry { Revision = 1 } });
        Assert.Null(store.Problem);

        foreach (var file in Directory.GetFiles(_folder)) File.Delete(file);

        await Assert.ThrowsAsync<IOException>(() => store.WriteAsync(new Dictionary<string, object> { ["k"] = new HistoryEntry { Revision = 2 } }));
        Assert.Contains("missing", store.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_wal_is_cut_back_after_readers_held_it_open_through_many_writes()
    {
        var store = NewSqlite();
        var wal = DatabasePath + "-wal";
        var page = new string('x', 3000);
        // A reader that keeps one snapshot open stops every checkpoint from reaching the end of the WAL.
        await using (var reader = new SqliteConnection($"Data Source={DatabasePath};Pooling=False"))
        {
            await reader.OpenAsync();
            using var transaction = reader.BeginTransaction(deferred: true);
            await using (var read = reader.CreateCommand())
            {
                read.CommandText = "SELECT count(*) FROM state";
                await read.ExecuteScalarAsync();
            }
            for (var i = 0; i < 3000; i++) await store.WriteAsync(new Dictionary<string, object> { [$"k{i}"] = new HistoryEntry { Revision = i, Practice = new SeatedRelease.Practice.Engine.PastPractice { SessionId = page } } });
            Assert.True(new FileInfo(wal).Length > 8 * 1024 * 1024, $"the WAL grew to {new FileInfo(wal).Length} bytes");
        }

        for (var i = 0; i < 3000; i++) await store.WriteAsync(new Dictionary<string, object> { [$"k{i}"] = new HistoryEntry { Revision = i } });

        Assert.InRange(new FileInfo(wal).Length, 0, 4 * 1024 * 1024 + 64 * 1024);
    }

    [Fact]
    public void Store_failures_are_logged_once_per_interval_with_a_count_of_those_left_out()
    {
        var time = new ManualTime(DateTimeOffset.UnixEpoch);
        var log = new StoreFaultLog(Microsoft.Extensions.Logging.Abstractions.NullLogger<StoreFaultLog>.Instance, time);
        for (var i = 0; i < 1000; i++) log.Failed(new IOException("down"), "The store is down.");
        Assert.Equal(999, log.Skipped);

        time.Now += TimeSpan.FromSeconds(11);
        log.Failed(new IOException("down"), "The store is down.");
        Assert.Equal(0, log.Skipped);
    }

    [Fact]
    public async Task The_memory_store_drops_an_ended_practice_a_while_after_its_last_write_and_keeps_the_rest()
    {
        var time = new ManualTime(DateTimeOffset.UnixEpoch);
        var store = new JsonMemoryStorage(item => item is PracticeRecord { State.Ended: true }, TimeSpan.FromMinutes(30), time);
        await store.WriteAsync(new Dictionary<string, object>
        {
            ["practice/test/ended"] = new PracticeRecord { State = new SeatedRelease.Practice.Engine.PracticeState { Ended = true } },
            ["practice/test/going"] = new PracticeRecord(),
            ["user/test/u"] = new UserRecord(),
        });

        time.Now += TimeSpan.FromMinutes(31);
        await store.WriteAsync(new Dictionary<string, object> { ["practice/test/other"] = new PracticeRecord() });

        var left = await store.ReadAsync(["practice/test/ended", "practice/test/going", "user/test/u", "practice/test/other"]);
        Assert.Equal(["practice/test/going", "practice/test/other", "user/test/u"], left.Keys.Order());
    }
}
