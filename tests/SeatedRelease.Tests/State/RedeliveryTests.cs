using Microsoft.Bot.Builder;
using SeatedRelease.Bot.Hosting;
using SeatedRelease.Bot.State;
using SeatedRelease.Tests.Support;

namespace SeatedRelease.Tests.State;

public sealed class RedeliveryTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("redelivery-").FullName;

    public static TheoryData<string> Stores => ["MemoryStorage", "JsonMemoryStorage", "Sqlite"];

    private readonly List<SqliteStorage> _opened = [];

    private IStorage NewStore(string kind)
    {
        if (kind == "MemoryStorage") return new MemoryStorage();
        if (kind == "JsonMemoryStorage") return new JsonMemoryStorage();
        var sqlite = new SqliteStorage(Path.Combine(_folder, "state.db"));
        _opened.Add(sqlite);
        return sqlite;
    }

    public void Dispose()
    {
        foreach (var store in _opened) store.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private static List<string> Texts(IEnumerable<Microsoft.Bot.Schema.IActivity> a) => BotHarness.Texts(a).ToList();

    private static async Task<PracticeRecord> StoredAsync(IStorage storage, string conversation)
    {
        var key = $"practice/test/{conversation}";
        return (PracticeRecord)(await storage.ReadAsync([key], CancellationToken.None))[key];
    }

    private static async Task<BotHarness> AtFirstRepetitionAsync(IStorage storage, string conversation, StoreGuardOptions? guard = null)
    {
        var bot = new BotHarness(storage, conversation, "u-" + conversation, guard: guard);
        await bot.JoinAsync();
        foreach (var say in new[] { "no", "carpet", "ready", "ready", "ready" }) await bot.SayAsync(say);
        return bot;
    }

    // A practice at its first repetition over a store whose faults the test switches on.
    private static async Task<(JsonMemoryStorage Memory, FaultyStorage Storage, BotHarness Bot)> FaultyAtFirstRepetitionAsync(string conversation, StoreGuardOptions? guard = null)
    {
        var memory = new JsonMemoryStorage();
        var storage = new FaultyStorage(memory);
        return (memory, storage, await AtFirstRepetitionAsync(storage, conversation, guard));
    }

    // The second repetition was told in this reply and counted once: the store holds it, and the next "ready" is the third.
    private static async Task AssertSecondRepetitionToldOnceAsync(List<string> reply, IStorage memory, string conversation, BotHarness bot)
    {
        Assert.Contains(reply, t => t.Contains("Say ready for another one", StringComparison.Ordinal));
        Assert.Equal(2, (await StoredAsync(memory, conversation)).State.Rep);
        Assert.Contains(Texts(await bot.SayAsync("ready")), t => t.Contains("When you want the next one", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task A_redelivered_activity_hears_the_same_reply_and_is_counted_once(string kind)
    {
        var storage = NewStore(kind);
        var bot = await AtFirstRepetitionAsync(storage, "conv-d");
        var first = Texts(await bot.SayWithIdAsync("ready", "kept-1"));
        Assert.Contains(first, t => t.Contains("Say ready for another one", StringComparison.Ordinal));
        var revision = (await StoredAsync(storage, "conv-d")).Revision;

        // Another instance, with nothing cached, gets the redelivery, and so does this one.
        Assert.Equal(first, Texts(await new BotHarness(storage, "conv-d", "u-conv-d").SayWithIdAsync("ready", "kept-1")));
        Assert.Equal(first, Texts(await bot.SayWithIdAsync("ready", "kept-1")));

        Assert.Equal(revision, (await StoredAsync(storage, "conv-d")).Revision);
        Assert.Contains(Texts(await bot.SayAsync("ready")), t => t.Contains("When you want the next one", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_write_that_landed_though_its_answer_was_lost_is_answered_once_with_its_own_reply()
    {
        var (memory, storage, bot) = await FaultyAtFirstRepetitionAsync("conv-l");

        storage.LoseNextWriteAnswer = true;
        var reply = Texts(await bot.SayAsync("ready"));

        Assert.DoesNotContain(reply, t => t.Contains("cannot save", StringComparison.Ordinal));
        await AssertSecondRepetitionToldOnceAsync(reply, memory, "conv-l", bot);
    }

    [Fact]
    public async Task A_write_refused_after_it_landed_as_the_sdk_retry_is_is_recognised_as_its_own_and_applied_once()
    {
        var (memory, storage, bot) = await FaultyAtFirstRepetitionAsync("conv-s");

        storage.RefuseNextWriteAfterLanding = true;
        var reply = Texts(await bot.SayAsync("ready"));
        Assert.Contains(reply, t => t.Contains("Say ready for another one", StringComparison.Ordinal));
        Assert.DoesNotContain(reply, t => t.Contains("When you want the next one", StringComparison.Ordinal));
        Assert.Equal(2, (await StoredAsync(memory, "conv-s")).State.Rep);

        // A surface answer applied twice would be asked about again: "carpet" means nothing at a repetition.
        var at = new BotHarness(storage, "conv-t", "u-t");
        await at.JoinAsync();
        await at.SayAsync("no");
        var revision = (await StoredAsync(memory, "conv-t")).Revision;
        storage.RefuseNextWriteAfterLanding = true;
        var surface = Texts(await at.SayAsync("carpet"));
        Assert.DoesNotContain(surface, t => t.StartsWith("Sorry", StringComparison.Ordinal));
        Assert.Equal(revision + 1, (await StoredAsync(memory, "conv-t")).Revision);
    }

    [Fact]
    public async Task Sixteen_readys_at_once_to_one_conversation_are_each_applied_once_and_none_is_told_its_place_is_not_saved()
    {
        var memory = new JsonMemoryStorage();
        var storage = new FaultyStorage(memory) { WriteDelay = TimeSpan.FromMilliseconds(5) };
        var bot = await AtFirstRepetitionAsync(storage, "conv-b");
        var revision = (await StoredAsync(memory, "conv-b")).Revision;

        var heardBefore = bot.AllReplies.Count;
        await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => bot.SayAsync("repeat"))));
        // One more turn on its own collects any reply still queued in the test adapter.
        await bot.SayAsync("repeat");

        Assert.DoesNotContain(Texts(bot.AllReplies.Skip(heardBefore)), t => t.Contains("cannot save", StringComparison.Ordinal));
        Assert.Equal(revision + 17, (await StoredAsync(memory, "conv-b")).Revision);
    }

    // "ready" at the first repetition is written and lands, its answer is lost, and the store goes down before it can be
    // read back: the listener hears "cannot save". Then the store is back.
    private static async Task<(JsonMemoryStorage Memory, BotHarness Bot)> AfterUnheardTurnAsync(string conversation)
    {
        var (memory, storage, bot) = await FaultyAtFirstRepetitionAsync(conversation);
        storage.LoseNextWriteAnswer = true;
        storage.AfterWrite = (_, _) =>
        {
            storage.AfterWrite = null;
            storage.Down = true;
            return Task.CompletedTask;
        };
        Assert.Contains(Texts(await bot.SayAsync("ready")), t => t.StartsWith("I cannot save your place", StringComparison.Ordinal));
        Assert.Equal(2, (await StoredAsync(memory, conversation)).State.Rep);
        storage.Down = false;
        return (memory, bot);
    }

    [Fact]
    public async Task The_same_words_said_again_after_a_write_landed_unheard_hear_the_step_they_missed_on_that_instance()
    {
        var (memory, bot) = await AfterUnheardTurnAsync("conv-u");

        var again = Texts(await bot.SayAsync("Ready"));
        Assert.Contains(again, t => t.Contains("saved after all", StringComparison.Ordinal));
        await AssertSecondRepetitionToldOnceAsync(again, memory, "conv-u", bot);
    }

    [Fact]
    public async Task Other_words_after_a_write_landed_unheard_are_answered_from_where_the_practice_is()
    {
        var (_, bot) = await AfterUnheardTurnAsync("conv-o");

        var hurt = Texts(await bot.SayAsync("that hurts"));
        Assert.DoesNotContain(hurt, t => t.Contains("saved after all", StringComparison.Ordinal));
        Assert.Contains(hurt, t => t.Contains("Stop moving", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_write_that_lands_after_the_turn_ran_out_of_time_is_told_when_the_same_words_come_again()
    {
        var (memory, storage, bot) = await FaultyAtFirstRepetitionAsync("conv-late", new StoreGuardOptions { TurnBudget = TimeSpan.FromSeconds(1) });

        var late = new TaskCompletionSource();
        storage.LandNextWriteLate = late;
        Assert.Contains(Texts(await bot.SayAsync("ready")), t => t.StartsWith("I cannot save your place", StringComparison.Ordinal));
        late.SetResult();
        await storage.LateWrite;
        Assert.Equal(2, (await StoredAsync(memory, "conv-late")).State.Rep);

        var again = Texts(await bot.SayAsync("ready"));
        Assert.Contains(again, t => t.Contains("saved after all", StringComparison.Ordinal));
        await AssertSecondRepetitionToldOnceAsync(again, memory, "conv-late", bot);
    }
}
