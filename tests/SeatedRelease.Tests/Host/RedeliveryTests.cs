namespace SeatedRelease.Tests.Host;

/// <summary>
/// A channel may deliver one activity twice (a retry after a slow answer, a double send). The practice answers
/// it once: the second delivery gets no reply and moves nothing on.
/// </summary>
public sealed class RedeliveryTests(HostFactory factory) : IClassFixture<HostFactory>
{
    // Through the first repetition of the right leg (see full-session.transcript).
    private static readonly string[] SetUp = ["no", "hardwood floor", "ready", "ready", "ready"];

    [Fact]
    public async Task The_same_ready_delivered_twice_counts_one_repetition()
    {
        var twice = new BotClient(factory.CreateClient(), "redelivery-twice", "user-twice");
        var once = new BotClient(factory.CreateClient(), "redelivery-once", "user-once");
        foreach (var client in new[] { twice, once })
        {
            await client.JoinAsync();
            foreach (var say in SetUp) await client.SayAsync(say);
        }

        var first = await twice.SayAsync("ready", id: "ready-1");
        var again = await twice.SayAsync("ready", id: "ready-1");
        var single = await once.SayAsync("ready", id: "ready-1");

        Assert.NotEmpty(BotClient.Texts(first));
        Assert.Empty(again);
        Assert.Equal(BotClient.Texts(single), BotClient.Texts(first));
        Assert.Contains(BotClient.Texts(first), t => t.Contains("Say ready for another one", StringComparison.OrdinalIgnoreCase));
        // The next "ready" shows where each practice stands: the third repetition in both, not the fourth.
        var nextTwice = BotClient.Texts(await twice.SayAsync("ready"));
        var nextOnce = BotClient.Texts(await once.SayAsync("ready"));
        Assert.Equal(nextOnce, nextTwice);
        Assert.True(nextTwice.Any(t => t.Contains("When you want the next one", StringComparison.OrdinalIgnoreCase)), string.Join("\n", nextTwice));
    }

    [Fact]
    public async Task A_new_activity_with_the_same_words_is_answered()
    {
        var client = new BotClient(factory.CreateClient(), "redelivery-new-id", "user-new-id");
        await client.JoinAsync();
        foreach (var say in SetUp) await client.SayAsync(say);
        var first = BotClient.Texts(await client.SayAsync("ready", id: "a"));
        var second = BotClient.Texts(await client.SayAsync("ready", id: "b"));
        Assert.NotEmpty(first);
        Assert.NotEmpty(second);
        Assert.NotEqual(first, second);
    }
}
