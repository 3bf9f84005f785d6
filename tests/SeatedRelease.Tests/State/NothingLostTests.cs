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
    public async Task With_the_store_down_the_listener_hears_it_once_the_practice_goes_on_and_is_saved_when_it_is_back(string kind)
    {
        var memory = NewStore(kind);
        var storage = new FaultyStorage(memory);
        var bot = new BotHarness(storage, "conv-r", "r3");
        await bot.JoinAsync();
        foreach (var say in new[] { "no", "carpet", "ready", "ready", "ready" }) await bot.SayAsync(say);

        storage.Down = true;
        var first = Texts(await bot.SayAsync("ready"));
        Assert.Equal("I cannot save your place right now. We go on anyway.", first[0]);
        Assert.Contains(first, t => t.Contains("Say ready for another one", StringComparison.Ordinal));
        var second = Texts(await bot.SayAsync("it hurts a little"));
        Assert.DoesNotContain(second, t => t.Contains("cannot save", StringComparison.Ordinal));
        Assert.Contains(second, t => t.StartsWith("Stop moving", StringComparison.Ordinal));
        await bot.SayAsync("mild");
        Assert.Equal(1, (await StoredAsync(memory)).State.Rep);

        storage.Down = false;
        // "ready" after mild pain goes back to the interrupted repetition, which is not counted twice.
        var back = Texts(await bot.SayAsync("ready"));
        Assert.Contains(back, t => t.Contains("Say ready for another one", StringComparison.Ordinal));
        var stored = (await StoredAsync(memory)).State;
        Assert.Equal(2, stored.Rep);
        Assert.Equal("slide", stored.StepId);
        Assert.Equal("it hurts a little", Assert.Single(stored.Notes).Words);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Turns_during_an_outage_are_written_in_full_by_the_first_turn_after_it(string kind)
    {
        var memory = NewStore(kind);
        var storage = new FaultyStorage(memory);
        var bot = new BotHarness(storage, "conv-r", "r5");
        await bot.JoinAsync();
        foreach (var say in new[] { "no", "carpet", "ready", "ready", "ready" }) await bot.SayAsync(say);

        storage.Down = true;
        Assert.Contains(Texts(await bot.SayAsync("ready")), t => t.Contains("Say ready for another one", StringComparison.Ordinal));
        Assert.Contains(Texts(await bot.SayAsync("ready")), t => t.Contains("When you want the next one", StringComparison.Ordinal));
        storage.Down = false;
        Assert.Contains(Texts(await bot.SayAsync("ready")), t => t.Contains("That was repetition 4", StringComparison.Ordinal));
        Assert.Equal(4, (await StoredAsync(memory)).State.Rep);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task A_store_that_was_written_by_another_instance_during_an_outage_keeps_the_unsaved_safety_note(string kind)
    {
        var memory = NewStore(kind);
        var storage = new FaultyStorage(memory);
        var here = new BotHarness(storage, "conv-r", "r4");
        await here.JoinAsync();
        foreach (var say in new[] { "no", "carpet", "ready", "ready", "ready" }) await here.SayAsync(say);

        storage.Down = true;
        await here.SayAsync("ouch");
        storage.Down = false;
        // Meanwhile another instance moved the stored practice on.
        await new BotHarness(memory, "conv-r", "r4").SayAsync("ready");

        await here.SayAsync("ready");
        var stored = (await StoredAsync(memory)).State;
        Assert.Contains(stored.Notes, n => n.Words == "ouch");
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
