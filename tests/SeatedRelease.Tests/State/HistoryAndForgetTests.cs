using Microsoft.Bot.Builder;
using SeatedRelease.Bot.State;
using SeatedRelease.Tests.Support;

namespace SeatedRelease.Tests.State;

public sealed class HistoryAndForgetTests
{
    private static List<string> Texts(IEnumerable<Microsoft.Bot.Schema.IActivity> a) => BotHarness.Texts(a).ToList();

    private static async Task FinishAsync(BotHarness bot)
    {
        for (var i = 0; i < 60 && !Texts(bot.AllReplies).Any(t => t.Contains("Here is your summary", StringComparison.Ordinal)); i++)
        {
            await bot.SayAsync("ready");
        }
    }

    [Fact]
    public async Task How_did_I_do_last_time_reads_back_the_last_practice_with_its_safety_notes()
    {
        var storage = new MemoryStorage();
        var time = new ManualTime(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
        var first = new BotHarness(storage, "conv-a", "h1", time: time);
        await first.JoinAsync();
        foreach (var say in new[] { "no", "mat", "ready", "ready", "ready", "ready", "my calf is a bit sore", "mild", "ready" }) await first.SayAsync(say);
        await FinishAsync(first);

        time.Now = time.Now.AddDays(2);
        var second = new BotHarness(storage, "conv-b", "h1", time: time);
        await second.JoinAsync();
        await second.SayAsync("no");
        var history = Texts(await second.SayAsync("how did I do last time?"));
        Assert.Contains("Your last practice was on Monday 23 November.", history);
        Assert.Contains("You finished both legs.", history);
        Assert.Contains(history, t => t.Contains("you said: my calf is a bit sore", StringComparison.Ordinal));
        // Then back to the question it interrupted.
        Assert.Contains(history, t => t.Contains("What are you sitting on", StringComparison.Ordinal));
    }

    [Fact]
    public async Task With_no_earlier_practice_the_history_says_so()
    {
        var bot = new BotHarness();
        await bot.JoinAsync();
        var replies = Texts(await bot.SayAsync("how did I do last time"));
        Assert.Contains("I have no earlier practice saved for you.", replies);
    }

    [Fact]
    public async Task Delete_my_data_asks_first_and_no_keeps_everything()
    {
        var storage = new MemoryStorage();
        var bot = new BotHarness(storage, "conv-a", "d1");
        await bot.JoinAsync();
        foreach (var say in new[] { "no", "carpet", "ready" }) await bot.SayAsync(say);
        var ask = Texts(await bot.SayAsync("please delete my data"));
        Assert.Contains(ask, t => t.Contains("Shall I delete everything I keep about you", StringComparison.Ordinal));
        var kept = Texts(await bot.SayAsync("no"));
        Assert.Contains("All right. I have deleted nothing.", kept);
        Assert.Contains(kept, t => t.Contains("Back to where we were", StringComparison.Ordinal));
        Assert.NotEmpty(await storage.ReadAsync(["practice/test/conv-a", "user/test/d1"], CancellationToken.None));
    }

    [Fact]
    public async Task Delete_my_data_then_yes_erases_every_item_of_the_user_and_nothing_is_offered_after()
    {
        var storage = new MemoryStorage();
        var old = new BotHarness(storage, "conv-old", "d2");
        await old.JoinAsync();
        foreach (var say in new[] { "no", "carpet", "ready", "ready", "ready", "ow", "sharp" }) await old.SayAsync(say);
        var bot = new BotHarness(storage, "conv-a", "d2");
        await bot.JoinAsync();
        await bot.SayAsync("no");
        foreach (var say in new[] { "hard floor", "slower", "ready" }) await bot.SayAsync(say);
        Assert.Equal(3, (await storage.ReadAsync(["practice/test/conv-old", "practice/test/conv-a", "user/test/d2"], CancellationToken.None)).Count);
        // The old practice met a pain report, so it is in the history, in an item of its own.
        var oldSession = (await new PracticeStore(storage).ReadAsync<PracticeRecord>("practice/test/conv-old", CancellationToken.None))!.State.SessionId;
        var historyKey = StateKeys.History("user/test/d2", oldSession);
        Assert.Single(await storage.ReadAsync([historyKey], CancellationToken.None));

        await bot.SayAsync("forget everything about me");
        var done = Texts(await bot.SayAsync("yes"));
        Assert.Contains("Done. I have deleted everything I kept about you.", done);
        Assert.Empty(await storage.ReadAsync(["practice/test/conv-old", "practice/test/conv-a", "user/test/d2", historyKey], CancellationToken.None));

        var again = new BotHarness(storage, "conv-new", "d2");
        var greeting = await again.JoinAsync();
        Assert.Contains(Texts(greeting), t => t.Contains("Welcome to the Seated Hamstring Release", StringComparison.Ordinal));
        Assert.Contains("rate='-10%'", greeting.OfType<Microsoft.Bot.Schema.IMessageActivity>().First().Speak, StringComparison.Ordinal);
        Assert.Contains("I have no earlier practice saved for you.", Texts(await again.SayAsync("how did I do last time")));
    }

    [Fact]
    public async Task The_history_keeps_each_practice_once_with_its_outcome()
    {
        var storage = new MemoryStorage();
        var bot = new BotHarness(storage, "conv-a", "h3");
        await bot.JoinAsync();
        foreach (var say in new[] { "no", "carpet", "ready", "ready", "ready", "ready", "stop" }) await bot.SayAsync(say);
        await bot.SayAsync("start");
        foreach (var say in new[] { "no", "carpet", "ready", "ready", "ready", "that hurts", "sharp" }) await bot.SayAsync(say);
        var store = new PracticeStore(storage);
        var user = (UserRecord)(await storage.ReadAsync(["user/test/h3"], CancellationToken.None))["user/test/h3"];
        Assert.Equal(2, user.HistoryIds.Count);
        var history = await store.ReadManyAsync<HistoryEntry>(user.HistoryIds.Select(id => StateKeys.History("user/test/h3", id)).ToList(), CancellationToken.None);
        Assert.Equal(2, history.Count);
        Assert.Equal(SeatedRelease.Practice.Engine.PracticeOutcome.Stopped, history[0].Practice.Outcome);
        Assert.Equal(SeatedRelease.Practice.Engine.PracticeOutcome.StoppedForPain, history[1].Practice.Outcome);
        Assert.Single(history[1].Practice.Notes);
        Assert.Null(user.UnfinishedKey);
    }
}
