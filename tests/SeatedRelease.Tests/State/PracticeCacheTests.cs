using SeatedRelease.Bot.State;
using SeatedRelease.Practice.Engine;

namespace SeatedRelease.Tests.State;

public sealed class PracticeCacheTests
{
    private static PracticeRecord Record(string step) => new() { State = new PracticeState { StepId = step }, Revision = 1 };

    [Fact]
    public void Saved_positions_of_many_conversations_stay_near_the_capacity_and_the_newest_are_kept()
    {
        var cache = new PracticeCache(capacity: 100);
        for (var i = 0; i < 5000; i++) cache.Saved($"practice/test/c{i}", Record("s"), "1");

        // The size is checked every 64 writes, so it may pass the capacity by an eighth plus those 64.
        Assert.InRange(cache.Count, 100, 100 + 100 / 8 + 64);
        Assert.NotNull(cache.Written("practice/test/c4999"));
        Assert.Null(cache.Written("practice/test/c0"));
    }

    [Fact]
    public async Task Conversations_saved_from_many_threads_past_the_capacity_never_fail_a_save()
    {
        // Trimming once copied the entries while other threads added to them, which threw in the middle of a turn.
        var cache = new PracticeCache(capacity: 16);
        var writers = Enumerable.Range(0, 4).Select(w => Task.Run(() =>
        {
            for (var i = 0; i < 50_000; i++) cache.Saved($"practice/test/w{w}-{i}", Record("s"), "1");
        }));

        await Task.WhenAll(writers);

        Assert.InRange(cache.Count, 1, 16 + 16 / 8 + 64 * 4);
    }

    [Fact]
    public void A_write_whose_etag_is_not_known_leaves_no_guess_behind()
    {
        var cache = new PracticeCache();
        cache.Saved("practice/test/c", Record("a"), "7");
        cache.Saved("practice/test/c", Record("b"), null);

        Assert.Null(cache.Written("practice/test/c"));
    }

    [Fact]
    public void A_guess_is_a_copy_with_the_activities_and_replies_it_was_written_with()
    {
        var cache = new PracticeCache();
        var record = Record("a");
        record.ActivityIds.Add("id-1");
        record.Replies.Add(new StoredReply { ActivityId = "id-1", Lines = [new SpokenLine("Hello.")] });
        cache.Saved("practice/test/c", record, "7");
        record.State.StepId = "changed";

        var guess = cache.Written("practice/test/c")!;
        Assert.Equal("a", guess.State.StepId);
        Assert.Equal("7", guess.ETag);
        Assert.Equal(["id-1"], guess.ActivityIds);
        Assert.Equal("Hello.", Assert.Single(Assert.Single(guess.Replies).Lines).Text);
    }
}
