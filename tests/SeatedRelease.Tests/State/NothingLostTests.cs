using Microsoft.Bot.Builder;
using SeatedRelease.Bot.State;
using SeatedRelease.Tests.Support;

namespace SeatedRelease.Tests.State;

public sealed class NothingLostTests
{
    private static List<string> Texts(IEnumerable<Microsoft.Bot.Schema.IActivity> a) => BotHarness.Texts(a).ToList();

    // Bot Builder's MemoryStorage does not say a written item's new ETag, so every turn reads the store; ours does,
    // so a turn after this instance's own write starts from its cache and the ETag check catches a stale guess.
    public static TheoryData<string> Stores => ["MemoryStorage", "JsonMemoryStorage"];

    private static IStorage NewStore(string kind) => kind == "MemoryStorage" ? new MemoryStorage() : new SeatedRelease.Bot.Hosting.JsonMemoryStorage();

    private static async Task<PracticeRecord> StoredAsync(IStorage storage, string conversation = "conv-r")
    {
        var key = $"practice/test/{conversation}";
        return (PracticeRecord)(await storage.ReadAsync([key], CancellationToken.None))[key];
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Two_turns_that_race_are_both_applied_once_each(string kind)
    {
        var memory = NewStore(kind);
        var storage = new FaultyStorage(memory);
        var a = new BotHarness(storage, "conv-r", "r1");
        var b = new BotHarness(storage, "conv-r", "r1");
        await a.JoinAsync();
        foreach (var say in new[] { "no", "carpet", "ready", "ready", "ready" }) await a.SayAsync(say);
        Assert.Equal(1, (await StoredAsync(memory)).State.Rep);

        IReadOnlyList<Microsoft.Bot.Schema.IActivity>? raced = null;
        storage.BeforeNextWrite = async () => raced = await b.SayAsync("ready");
        var late = Texts(await a.SayAsync("ready"));

        Assert.Equal(1, storage.Conflicts);
        Assert.Contains(Texts(raced!), t => t.Contains("Say ready for another one", StringComparison.Ordinal));
        Assert.Contains(late, t => t.Contains("When you want the next one", StringComparison.Ordinal));
        Assert.DoesNotContain(late, t => t.Contains("Say ready for another one", StringComparison.Ordinal));
        Assert.Equal(3, (await StoredAsync(memory)).State.Rep);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task A_pain_report_that_loses_a_race_is_applied_again_and_its_note_is_kept(string kind)
    {
        var memory = NewStore(kind);
        var storage = new FaultyStorage(memory);
        var a = new BotHarness(storage, "conv-r", "r2");
        var b = new BotHarness(storage, "conv-r", "r2");
        await a.JoinAsync();
        foreach (var say in new[] { "no", "carpet", "ready", "ready", "ready" }) await a.SayAsync(say);

        storage.BeforeNextWrite = async () => await b.SayAsync("ready");
        var pain = Texts(await a.SayAsync("ow, the back of my knee"));
        Assert.Contains(pain, t => t.StartsWith("Stop moving", StringComparison.Ordinal));

        var stored = (await StoredAsync(memory)).State;
        var note = Assert.Single(stored.Notes);
        Assert.Equal("ow, the back of my knee", note.Words);
        Assert.Equal(2, note.Rep);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task With_the_store_down_nothing_moves_the_listener_hears_so_and_the_same_words_go_on_when_it_is_back(string kind)
    {
        var memory = NewStore(kind);
        var storage = new FaultyStorage(memory);
        var bot = new BotHarness(storage, "conv-r", "r3");
        await bot.JoinAsync();
        foreach (var say in new[] { "no", "carpet", "ready", "ready", "ready" }) await bot.SayAsync(say);
        var before = await StoredAsync(memory);

        storage.Down = true;
        foreach (var say in new[] { "ready", "ready", "it hurts a little" })
        {
            var held = Texts(await bot.SayAsync(say));
            Assert.Equal([BotHarness.Script.Phrase("notSaved")], held);
        }
        Assert.Equal(before.Revision, (await StoredAsync(memory)).Revision);

        storage.Down = false;
        Assert.Contains(Texts(await bot.SayAsync("ready")), t => t.Contains("Say ready for another one", StringComparison.Ordinal));
        Assert.Contains(Texts(await bot.SayAsync("it hurts a little")), t => t.StartsWith("Stop moving", StringComparison.Ordinal));
        var stored = (await StoredAsync(memory)).State;
        Assert.Equal(2, stored.Rep);
        Assert.Equal("it hurts a little", Assert.Single(stored.Notes).Words);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Two_instances_through_an_outage_say_every_repetition_once_and_in_order(string kind)
    {
        var memory = NewStore(kind);
        var storage = new FaultyStorage(memory);
        var a = new BotHarness(storage, "conv-r", "r5");
        var b = new BotHarness(storage, "conv-r", "r5");
        await a.JoinAsync();
        foreach (var say in new[] { "no", "carpet", "ready", "ready", "ready" }) await a.SayAsync(say);
        var heard = new List<int>();
        var random = new Random(7);
        for (var i = 0; i < 6; i++)
        {
            // The store drops out on every third turn, and each turn goes to either instance, as a balancer sends them.
            storage.Down = i % 3 == 1;
            var bot = random.Next(2) == 0 ? a : b;
            var replies = Texts(await bot.SayAsync("ready"));
            // The prompts name the count only near the end, so the saved count is what the listener was taken through.
            var rep = (await StoredAsync(memory)).State.Rep;
            if (replies.SequenceEqual([BotHarness.Script.Phrase("notSaved")])) continue;
            heard.Add(rep);
        }
        Assert.Equal([2, 3, 4, 5], heard);
    }

    [Fact]
    public async Task After_its_own_write_an_instance_does_not_read_the_practice_again_and_a_stale_guess_is_caught()
    {
        var memory = new SeatedRelease.Bot.Hosting.JsonMemoryStorage();
        var storage = new FaultyStorage(memory);
        var a = new BotHarness(storage, "conv-c", "c1");
        await a.JoinAsync();
        foreach (var say in new[] { "no", "carpet", "ready", "ready" }) await a.SayAsync(say);
        var readsBefore = storage.PracticeReads;
        await a.SayAsync("ready");
        await a.SayAsync("ready");
        Assert.Equal(readsBefore, storage.PracticeReads);
        Assert.Equal(0, storage.Conflicts);

        // Another instance moves the practice on; this one's guess is now stale, and its write says so.
        await new BotHarness(storage, "conv-c", "c1").SayAsync("ready");
        var rep = (await StoredAsync(memory, "conv-c")).State.Rep;
        await a.SayAsync("ready");
        Assert.Equal(1, storage.Conflicts);
        Assert.Equal(rep + 1, (await StoredAsync(memory, "conv-c")).State.Rep);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task An_older_history_entry_landing_after_a_newer_one_is_replaced_again(string kind)
    {
        var inner = NewStore(kind);
        var storage = new FaultyStorage(inner);
        var raced = false;
        // Another turn of the same practice, one revision behind, creates the same entry just after this one did.
        storage.AfterWrite = async (changes, store) =>
        {
            if (raced) return;
            foreach (var (key, value) in changes)
            {
                if (value is not HistoryEntry written) continue;
                raced = true;
                var older = new HistoryEntry
                {
                    Revision = written.Revision - 1,
                    Practice = new SeatedRelease.Practice.Engine.PastPractice { SessionId = written.Practice.SessionId },
                    // An unconditional write, as a first write is: MemoryStorage takes only "*" for that.
                    ETag = "*",
                };
                await store.WriteAsync(new Dictionary<string, object> { [key] = older }, CancellationToken.None);
            }
        };
        var bot = new BotHarness(storage, "conv-h", "hr");
        await bot.JoinAsync();
        // Stopping writes the entry for the first and only time, so nothing later would put it right.
        foreach (var say in new[] { "no", "carpet", "ready", "stop" }) await bot.SayAsync(say);

        Assert.True(raced);
        var practice = await StoredAsync(inner, "conv-h");
        var key = StateKeys.History("user/test/hr", practice.State.SessionId);
        var entry = (HistoryEntry)(await inner.ReadAsync([key], CancellationToken.None))[key];
        Assert.Equal(SeatedRelease.Practice.Engine.PracticeOutcome.Stopped, entry.Practice.Outcome);
        Assert.Equal(practice.Revision, entry.Revision);
    }
}
