using System.Text.Json;
using SeatedRelease.Tests.Host;

namespace SeatedRelease.Tests.Skill;

/// <summary>The practice called as a skill by a parent bot, through the real host and adapter.</summary>
public sealed class SkillCallTests(HostFactory factory) : IClassFixture<HostFactory>
{
    private static async Task<List<JsonElement>> ReadyUntilEndAsync(SkillParent parent)
    {
        for (var i = 0; i < 60; i++)
        {
            var replies = await parent.SayAsync("ready");
            if (SkillParent.Ends(replies).Count > 0) return replies;
        }
        throw new Xunit.Sdk.XunitException("the practice never ended");
    }

    [Fact]
    public async Task A_whole_practice_ends_with_an_end_of_conversation_reporting_completed_reps_per_leg_and_the_pain_note()
    {
        var parent = new SkillParent(factory.CreateClient(), "skill-complete");
        var greeting = await parent.SendAsync("event", name: "startPractice");
        Assert.Contains(SkillParent.Texts(greeting), t => t.Contains("safety question", StringComparison.OrdinalIgnoreCase));
        foreach (var say in new[] { "no", "carpet", "ready", "ready", "ready", "it hurts a bit", "mild", "ready" })
        {
            Assert.Empty(SkillParent.Ends(await parent.SayAsync(say)));
        }
        var last = await ReadyUntilEndAsync(parent);

        var end = Assert.Single(SkillParent.Ends(last));
        Assert.Equal("endOfConversation", last[^1].GetProperty("type").GetString());
        Assert.Equal("completedSuccessfully", end.GetProperty("code").GetString());
        var value = end.GetProperty("value");
        Assert.Equal("completed", value.GetProperty("outcome").GetString());
        var reps = value.GetProperty("repetitions").EnumerateArray().Select(r => (r.GetProperty("leg").GetString(), r.GetProperty("done").GetInt32())).ToList();
        Assert.Equal([("right", 5), ("left", 5)], reps);
        var note = Assert.Single(value.GetProperty("safetyNotes").EnumerateArray().ToList());
        Assert.Equal("it hurts a bit", note.GetProperty("words").GetString());
        Assert.Equal("mild", note.GetProperty("kind").GetString());
        Assert.Equal("right", note.GetProperty("leg").GetString());
        Assert.Equal(1, note.GetProperty("repetition").GetInt32());
        // The summary is still said before the end, for the listener.
        Assert.Contains(SkillParent.Texts(last), t => t.Contains("Repetitions with your left leg: 5", StringComparison.Ordinal));

        // Once ended, talking on does not end it a second time.
        Assert.Empty(SkillParent.Ends(await parent.SayAsync("thanks")));
    }

    [Fact]
    public async Task Stop_ends_the_skill_as_stopped_and_a_red_flag_as_stopped_for_pain()
    {
        var stopped = new SkillParent(factory.CreateClient(), "skill-stop");
        await stopped.SayAsync("hello");
        foreach (var say in new[] { "no", "carpet", "ready", "ready" }) await stopped.SayAsync(say);
        var end = Assert.Single(SkillParent.Ends(await stopped.SayAsync("stop")));
        Assert.Equal("userCancelled", end.GetProperty("code").GetString());
        Assert.Equal("stopped", end.GetProperty("value").GetProperty("outcome").GetString());
        Assert.Empty(end.GetProperty("value").GetProperty("safetyNotes").EnumerateArray());

        var pain = new SkillParent(factory.CreateClient(), "skill-pain");
        await pain.SayAsync("hello");
        foreach (var say in new[] { "no", "carpet", "ready", "ready", "ready", "that hurts" }) await pain.SayAsync(say);
        var redFlag = Assert.Single(SkillParent.Ends(await pain.SayAsync("sharp")));
        var value = redFlag.GetProperty("value");
        Assert.Equal("stoppedForPain", value.GetProperty("outcome").GetString());
        Assert.Equal("sharp", Assert.Single(value.GetProperty("safetyNotes").EnumerateArray().ToList()).GetProperty("kind").GetString());
    }

    [Fact]
    public async Task An_end_of_conversation_from_the_parent_cancels_the_practice_quietly()
    {
        var parent = new SkillParent(factory.CreateClient(), "skill-cancel");
        await parent.SayAsync("hello");
        foreach (var say in new[] { "no", "carpet", "ready", "ready" }) await parent.SayAsync(say);

        var answer = await parent.SendAsync("endOfConversation");
        Assert.Empty(answer);

        // The practice is over: a stray word is told so, and "ready" begins a new practice from the greeting
        // rather than moving the old one on. Neither reports a second end.
        var stray = await parent.SayAsync("hmm");
        Assert.Contains(SkillParent.Texts(stray), t => t.Contains("The practice has ended.", StringComparison.Ordinal));
        var again = await parent.SayAsync("ready");
        Assert.Contains(SkillParent.Texts(again), t => t.StartsWith("Welcome", StringComparison.Ordinal));
        Assert.Empty(SkillParent.Ends(stray.Concat(again)));
    }

    [Fact]
    public async Task A_channel_conversation_that_completes_gets_no_end_of_conversation()
    {
        // Same activities, but addressed to the bot itself from a channel: not a skill call.
        var client = new BotClient(factory.CreateClient(), "channel-not-skill");
        await client.JoinAsync();
        var all = new List<JsonElement>();
        foreach (var say in new[] { "no", "carpet" }) all.AddRange(await client.SayAsync(say));
        for (var i = 0; i < 40; i++) all.AddRange(await client.SayAsync("ready"));
        Assert.Contains(BotClient.Texts(all), t => t.Contains("Repetitions with your left leg: 5", StringComparison.Ordinal));
        Assert.DoesNotContain(all, a => a.GetProperty("type").GetString() == "endOfConversation");
    }
}
