using SeatedRelease.Tests.Support;

namespace SeatedRelease.Tests.Safety;

/// <summary>A stop for safety holds for the listener, not only for the conversation: a reload or another device does not begin the movement again today.</summary>
public sealed class HoldAcrossConversationsTests
{
    [Fact]
    public async Task A_new_conversation_after_a_red_flag_begins_nothing_today_and_a_new_practice_tomorrow()
    {
        await using var conversation = new HostConversation("hold-first", "hold-listener");
        await conversation.JoinAsync();
        foreach (var say in new[] { "no", "carpet", "ready", "ready", "ready" }) await conversation.SayAsync(say);
        Assert.Contains(await conversation.SayAsync("my foot is numb"), m => m.Text.Contains("We will not continue this movement today", StringComparison.Ordinal));

        conversation.NewConversation("hold-after-reload");
        var greeting = await conversation.JoinAsync();
        Assert.Contains(greeting, m => m.Text.Contains("do not do this movement again today", StringComparison.Ordinal));
        Assert.DoesNotContain(greeting, m => m.Text.Contains("safety question", StringComparison.Ordinal));
        var ready = await conversation.SayAsync("ready");
        Assert.Contains(ready, m => m.Text.Contains("do not do this movement again today", StringComparison.Ordinal));
        Assert.DoesNotContain(ready, m => m.Text.Contains("slide", StringComparison.OrdinalIgnoreCase));

        conversation.Clock.Advance(TimeSpan.FromHours(13));
        conversation.NewConversation("hold-next-day");
        var nextDay = await conversation.JoinAsync();
        Assert.Contains(nextDay, m => m.Text.Contains("safety question", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_plain_stop_does_not_hold_a_new_conversation()
    {
        await using var conversation = new HostConversation("plain-first", "plain-listener");
        await conversation.JoinAsync();
        foreach (var say in new[] { "no", "carpet", "ready", "ready", "ready", "stop" }) await conversation.SayAsync(say);
        conversation.NewConversation("plain-second");
        var greeting = await conversation.JoinAsync();
        Assert.Contains(greeting, m => m.Text.Contains("safety question", StringComparison.Ordinal));
    }
}
