using Microsoft.Bot.Builder;
using SeatedRelease.Bot.State;
using SeatedRelease.Tests.Support;

namespace SeatedRelease.Tests.State;

public sealed class RetentionTests
{
    [Fact]
    public async Task A_conversation_pushed_off_the_users_list_has_its_practice_erased_too()
    {
        var storage = new MemoryStorage();
        for (var i = 0; i <= UserRecord.MaxConversations; i++)
        {
            var bot = new BotHarness(storage, $"conv-{i}", "r1");
            await bot.JoinAsync();
            // Ending each one keeps the resume offer out of the way of the next.
            await bot.SayAsync("stop");
        }

        var user = await new PracticeStore(storage).ReadAsync<UserRecord>("user/test/r1", CancellationToken.None);
        Assert.NotNull(user);
        Assert.Equal(UserRecord.MaxConversations, user.ConversationKeys.Count);
        Assert.DoesNotContain("practice/test/conv-0", user.ConversationKeys);
        Assert.Empty(await storage.ReadAsync(["practice/test/conv-0"], CancellationToken.None));
        Assert.Single(await storage.ReadAsync(["practice/test/conv-1"], CancellationToken.None));
        Assert.Single(await storage.ReadAsync([$"practice/test/conv-{UserRecord.MaxConversations}"], CancellationToken.None));
    }

    [Fact]
    public async Task An_unfinished_practice_is_not_erased_while_the_user_record_still_offers_it()
    {
        var storage = new MemoryStorage();
        var first = new BotHarness(storage, "conv-0", "r2");
        await first.JoinAsync();
        foreach (var say in new[] { "no", "carpet", "ready" }) await first.SayAsync(say);
        for (var i = 1; i <= UserRecord.MaxConversations; i++)
        {
            var bot = new BotHarness(storage, $"conv-{i}", "r2");
            await bot.JoinAsync();
            // "How did I do" answers without starting anything, so conv-0 stays the unfinished one.
            await bot.SayAsync("how did I do last time");
        }

        var user = await new PracticeStore(storage).ReadAsync<UserRecord>("user/test/r2", CancellationToken.None);
        Assert.NotNull(user);
        Assert.DoesNotContain("practice/test/conv-0", user.ConversationKeys);
        Assert.Equal("practice/test/conv-0", user.UnfinishedKey);
        Assert.Single(await storage.ReadAsync(["practice/test/conv-0"], CancellationToken.None));
    }

    [Fact]
    public async Task A_practice_pushed_off_the_history_has_its_entry_erased_and_the_newest_are_kept()
    {
        var storage = new MemoryStorage();
        var store = new PracticeStore(storage);
        var sessions = new List<string>();
        for (var i = 0; i <= UserRecord.MaxPractices; i++)
        {
            var bot = new BotHarness(storage, $"conv-{i}", "r3");
            await bot.JoinAsync();
            await bot.SayAsync("stop");
            sessions.Add((await store.ReadAsync<PracticeRecord>($"practice/test/conv-{i}", CancellationToken.None))!.State.SessionId);
        }

        var user = await store.ReadAsync<UserRecord>("user/test/r3", CancellationToken.None);
        Assert.NotNull(user);
        Assert.Equal(sessions.Skip(1), user.HistoryIds);
        Assert.Empty(await storage.ReadAsync([StateKeys.History("user/test/r3", sessions[0])], CancellationToken.None));
        var kept = await store.ReadManyAsync<HistoryEntry>(sessions.Select(id => StateKeys.History("user/test/r3", id)).ToList(), CancellationToken.None);
        Assert.Equal(sessions.Skip(1), kept.Select(e => e.Practice.SessionId));
    }
}
