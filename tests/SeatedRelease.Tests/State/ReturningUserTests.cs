using Microsoft.Bot.Builder;
using SeatedRelease.Tests.Support;

namespace SeatedRelease.Tests.State;

public sealed class ReturningUserTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    private static List<string> Texts(IEnumerable<Microsoft.Bot.Schema.IActivity> a) => BotHarness.Texts(a).ToList();

    private static async Task<BotHarness> PractiseAsync(BotHarness bot, params string[] says)
    {
        await bot.JoinAsync();
        foreach (var say in says) await bot.SayAsync(say);
        return bot;
    }

    private static readonly string[] ToSecondRep = ["no", "carpet", "ready", "ready", "ready", "ready"];

    [Fact]
    public async Task A_new_conversation_offers_the_unfinished_practice_and_yes_goes_on_at_the_same_repetition()
    {
        var storage = new MemoryStorage();
        var time = new ManualTime(Start);
        var first = await PractiseAsync(new BotHarness(storage, "conv-a", "u1", time: time), ToSecondRep);
        Assert.Contains(Texts(first.AllReplies), t => t.Contains("Say ready for another one", StringComparison.Ordinal));
        await first.SayAsync("my knee hurts a bit");
        await first.SayAsync("mild");
        await first.SayAsync("slower");

        time.Now = Start.AddHours(3);
        var second = new BotHarness(storage, "conv-b", "u1", time: time);
        var offer = Texts(await second.JoinAsync());
        Assert.Contains(offer, t => t.StartsWith("Welcome back", StringComparison.Ordinal));
        Assert.Contains(offer, t => t.Contains("right leg", StringComparison.Ordinal));
        Assert.Contains(offer, t => t.Contains("pick up where you left off", StringComparison.Ordinal));
        Assert.DoesNotContain(offer, t => t.Contains("Welcome to the Seated Hamstring Release", StringComparison.Ordinal));

        // "ready" is not an answer to the offer, and never starts anything by itself.
        var unclear = Texts(await second.SayAsync("ready"));
        Assert.Contains(unclear, t => t.Contains("pick up where you left off", StringComparison.Ordinal));

        var resumed = await second.SayAsync("yes");
        Assert.Contains(Texts(resumed), t => t.Contains("We go on from there", StringComparison.Ordinal));
        Assert.Contains("rate='-25%'", resumed.OfType<Microsoft.Bot.Schema.IMessageActivity>().Last().Speak, StringComparison.Ordinal);

        // Go on to the end: the summary still holds the knee report from the first conversation, and 5 + 5 repetitions.
        var all = new List<string>();
        for (var i = 0; i < 60 && !all.Any(t => t.Contains("Here is your summary", StringComparison.Ordinal)); i++)
        {
            all.AddRange(Texts(await second.SayAsync("ready")));
        }
        Assert.Contains(all, t => t.Contains("Repetitions with your right leg: 5", StringComparison.Ordinal));
        Assert.Contains(all, t => t.Contains("Repetitions with your left leg: 5", StringComparison.Ordinal));
        Assert.Contains(all, t => t.Contains("you said: my knee hurts a bit", StringComparison.Ordinal));
        Assert.DoesNotContain(all, t => t.Contains("repetition 6", StringComparison.Ordinal));

        // Finished: a third conversation is not offered anything.
        var third = Texts(await new BotHarness(storage, "conv-c", "u1", time: time).JoinAsync());
        Assert.Contains(third, t => t.Contains("Welcome to the Seated Hamstring Release", StringComparison.Ordinal));
    }

    [Fact]
    public async Task No_to_the_offer_starts_over_and_the_old_practice_is_not_offered_again()
    {
        var storage = new MemoryStorage();
        await PractiseAsync(new BotHarness(storage, "conv-a", "u2"), ToSecondRep);
        var second = new BotHarness(storage, "conv-b", "u2");
        await second.JoinAsync();
        var fresh = Texts(await second.SayAsync("no, start over"));
        Assert.Contains(fresh, t => t.Contains("We start from the beginning", StringComparison.Ordinal));
        Assert.Contains(fresh, t => t.Contains("Welcome to the Seated Hamstring Release", StringComparison.Ordinal));
        await second.SayAsync("no");

        // The newest unfinished practice is now conv-b's, at the surface question.
        var third = Texts(await new BotHarness(storage, "conv-c", "u2").JoinAsync());
        Assert.Contains(third, t => t.StartsWith("Welcome back", StringComparison.Ordinal));
        Assert.Contains(third, t => t.Contains("setting up", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unfinished_practice_older_than_a_day_is_not_offered()
    {
        var storage = new MemoryStorage();
        var time = new ManualTime(Start);
        await PractiseAsync(new BotHarness(storage, "conv-a", "u3", time: time), ToSecondRep);
        time.Now = Start.AddHours(25);
        var later = Texts(await new BotHarness(storage, "conv-b", "u3", time: time).JoinAsync());
        Assert.Contains(later, t => t.Contains("Welcome to the Seated Hamstring Release", StringComparison.Ordinal));
        Assert.DoesNotContain(later, t => t.StartsWith("Welcome back", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Pain_said_instead_of_answering_the_offer_is_a_pain_report()
    {
        var storage = new MemoryStorage();
        await PractiseAsync(new BotHarness(storage, "conv-a", "u4"), ToSecondRep);
        var second = new BotHarness(storage, "conv-b", "u4");
        await second.JoinAsync();
        var pain = Texts(await second.SayAsync("ouch my back"));
        Assert.Contains(pain, t => t.StartsWith("Stop moving", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_first_message_without_a_join_also_gets_the_offer()
    {
        var storage = new MemoryStorage();
        await PractiseAsync(new BotHarness(storage, "conv-a", "u5"), ToSecondRep);
        var replies = Texts(await new BotHarness(storage, "conv-b", "u5").SayAsync("hello"));
        Assert.Contains(replies, t => t.StartsWith("Welcome back", StringComparison.Ordinal));
    }
}
