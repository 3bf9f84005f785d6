using SeatedRelease.Bot.State;
using SeatedRelease.Practice.Engine;

namespace SeatedRelease.Tests.State;

public sealed class PracticeCacheTests
{
    [Fact]
    public void Saved_positions_of_many_conversations_stay_near_the_capacity_and_the_newest_are_kept()
    {
        var cache = new PracticeCache(capacity: 100);
        for (var i = 0; i < 5000; i++) cache.Saved($"practice/test/c{i}", new PracticeState { StepId = "s" }, 1);

        // The size is checked every 64 writes, so it may pass the capacity by an eighth plus those 64.
        Assert.InRange(cache.Count, 100, 100 + 100 / 8 + 64);
        Assert.NotNull(cache.LastKnown("practice/test/c4999"));
        Assert.Null(cache.LastKnown("practice/test/c0"));
    }

    [Fact]
    public void Unsaved_positions_are_never_trimmed_away()
    {
        var cache = new PracticeCache(capacity: 10);
        cache.Unsaved("practice/test/waiting", new PracticeState { StepId = "s", Notes = [new SafetyNote { Words = "ow" }] }, 3);
        for (var i = 0; i < 2000; i++) cache.Saved($"practice/test/c{i}", new PracticeState { StepId = "s" }, 1);

        var kept = cache.LastKnown("practice/test/waiting");
        Assert.NotNull(kept);
        Assert.Equal("ow", Assert.Single(kept.State.Notes).Words);
    }
}
