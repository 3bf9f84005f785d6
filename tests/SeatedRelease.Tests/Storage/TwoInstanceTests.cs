using SeatedRelease.Tests.Host;
using SeatedRelease.Tests.Support;

namespace SeatedRelease.Tests.Storage;

/// <summary>Two real hosts on loopback behind no balancer, sharing one Azurite container, serving one conversation.</summary>
[Trait("Category", "OutOfProcess")]
[Collection("Azurite")]
public sealed class TwoInstanceTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Turns_alternating_between_two_hosts_and_turns_sent_to_both_at_once_lose_nothing_and_count_no_repetition_twice()
    {
        var container = AzuriteFixture.NewContainerName();
        await using var one = await HostProcess.StartBlobsAsync(azurite.Server.ConnectionString, container);
        await using var two = await HostProcess.StartBlobsAsync(azurite.Server.ConnectionString, container);
        var a = one.Client("shared-conv", "shared-user");
        var b = two.Client("shared-conv", "shared-user");

        // Alternate hosts on every turn: each answer follows from the one before, whichever host gave it.
        await a.JoinAsync();
        Assert.Contains(BotClient.Texts(await b.SayAsync("no")), t => t.Contains("What are you sitting on", StringComparison.Ordinal));
        var log = new List<string>();
        log.AddRange(BotClient.Texts(await a.SayAsync("carpet")));
        log.AddRange(BotClient.Texts(await b.SayAsync("ready")));
        log.AddRange(BotClient.Texts(await a.SayAsync("ready")));
        var third = BotClient.Texts(await b.SayAsync("ready"));
        log.AddRange(third);
        // The first repetition is said without its number.
        Assert.True(third.Contains("Say ready for the next one.") && RepetitionsHeard.In(third).Count == 0, string.Join("\n", log) + "\n" + one.Output + two.Output);

        // Two "ready" at once, one to each host: both are applied, one after the other.
        var racing = await Task.WhenAll(a.SayAsync("ready"), b.SayAsync("ready"));
        var said = racing.SelectMany(r => RepetitionsHeard.In(BotClient.Texts(r))).Order().ToList();
        Assert.Equal([2, 3], said);
        Assert.Equal([4], RepetitionsHeard.In(BotClient.Texts(await a.SayAsync("ready"))));

        // A pain report racing a "ready": the report is never lost.
        await Task.WhenAll(b.SayAsync("my hamstring hurts"), a.SayAsync("ready"));
        var summary = BotClient.Texts(await a.SayAsync("stop")).Concat(BotClient.Texts(await b.SayAsync("repeat"))).ToList();
        Assert.Contains(summary, t => t.Contains("you said: my hamstring hurts", StringComparison.Ordinal));
        Assert.Single(summary, t => t.StartsWith("Safety notes. Pain reports: 1.", StringComparison.Ordinal));
        Assert.Single(summary, t => t.StartsWith("Repetitions with your right leg:", StringComparison.Ordinal));
    }
}
