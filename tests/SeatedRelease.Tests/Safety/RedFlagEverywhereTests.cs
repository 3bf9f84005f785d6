using System.Text.RegularExpressions;
using SeatedRelease.Practice.Engine;
using SeatedRelease.Practice.Script;
using SeatedRelease.Tests.Support;

namespace SeatedRelease.Tests.Safety;

/// <summary>
/// At every prompt of the script, and at the prompts outside it, one red-flag report stops the practice
/// for today: whatever the listener says next ("it's mild", "no", "ready", "start"), no movement is
/// said again, and the summary names the red flag in the listener's own words.
/// </summary>
public sealed class RedFlagEverywhereTests : IAsyncLifetime
{
    private const string NewConversation = "@new conversation";
    private const string NoJoin = "@no join";

    private static readonly string[] Flags =
    [
        "my foot has gone numb", "shooting pain down my leg", "I feel dizzy", "something popped in my back",
        "my chest hurts", "tingling in my toes", "I think I'm going to pass out", "I feel sick", "I'm out of breath",
        "I feel lightheaded", "pins and needles in my foot", "my leg feels weak", "my back went", "it's spreading into my calf",
    ];

    private static readonly string[] ToRight = ["no", "carpet", "ready", "ready", "ready"];
    private static readonly string[] ToSlide = [.. ToRight, "ready", "ready"];

    /// <summary>Where the listener is when the red flag is said: a step of the script, or another prompt.</summary>
    public sealed record Prompt(string Name, string? StepId, string? Heard, string[] Answers);

    private static readonly Prompt[] Prompts =
    [
        new("before any greeting", null, null, [NoJoin]),
        new("safety question", "screen", null, []),
        new("caution question", "screen-caution", null, ["yes"]),
        new("surface", "surface", null, ["no"]),
        new("not on the floor", "surface-furniture", null, ["no", "on the sofa"]),
        new("moving to the floor", "surface-moved", null, ["no", "on the sofa", "yes"]),
        new("no mat", "surface-floor", null, ["no", "I don't have a mat"]),
        new("sitting", "sit", null, ["no", "carpet"]),
        new("eyes", "eyes", null, ["no", "carpet", "ready"]),
        new("hands", "hands", null, ToRight[..^1]),
        new("first slide", "first-slide", null, ToRight),
        new("a repetition", "slide", null, ToSlide),
        new("the rest between legs", "rest", null, [.. ToSlide, "that's enough"]),
        new("hands of the left leg", "hands", null, [.. ToSlide, "that's enough", "ready"]),
        new("the closing rest", "closing-rest", null, [.. ToSlide, "that's enough", "ready", "ready", "that's enough"]),
        new("after the end", null, "To start again", [.. ToSlide, "that's enough", "ready", "ready", "that's enough", "ready"]),
        new("after declining", null, "To start again", ["yes", "no"]),
        new("pain-kind question", "pain-ask", null, [.. ToSlide, "that hurts"]),
        new("mild-pain offer", "pain-mild", null, [.. ToSlide, "that hurts", "mild"]),
        new("did you say it hurts", "pain-check", null, [.. ToSlide, "my leg feels funny"]),
        new("is it happening now", "flag-check", null, [.. ToSlide, "is tingling normal?"]),
        new("second pain on a leg", "pain-again", null, [.. ToRight, "ready", "it hurts a little", "ready", "it hurts a bit"]),
        new("paused", null, "Paused", [.. ToSlide, "pause"]),
        new("delete my data", null, "Shall I delete everything", [.. ToSlide, "delete my data"]),
        new("welcome back", null, "Shall we pick up", [.. ToSlide, NewConversation]),
    ];

    private PracticeHost _host = null!;

    public Task InitializeAsync()
    {
        _host = new PracticeHost();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    public static TheoryData<string> PromptNames()
    {
        var data = new TheoryData<string>();
        foreach (var p in Prompts) data.Add(p.Name);
        return data;
    }

    [Fact]
    public void The_prompts_walked_cover_every_step_that_waits_for_an_answer()
    {
        var waiting = BotHarness.Script.Steps.Values.Where(s => s.Expect is not null).Select(s => s.Id).ToHashSet();
        waiting.ExceptWith(Prompts.Select(p => p.StepId).OfType<string>());
        Assert.Empty(waiting);
    }

    // Each opens with its subject: "no tingling in my toes" takes the tingling back, "no, my toes are tingling" does not.
    private static readonly string[] SaidWithASubject =
    [
        "my back went", "I feel dizzy", "something popped in my back", "my chest hurts", "my foot has gone numb",
        "I think I'm going to pass out", "it's spreading into my calf", "I feel lightheaded", "my leg feels weak",
        "I'm out of breath", "my toes are tingling",
    ];

    // Said first, with the comma lost: an answer to the question or a word of its own, never a negation of the report.
    private static readonly string[] Openers = ["no", "nah", "yes", "ok", "nope", "sorry", "well", "no no", "hmm", "actually"];

    [Theory]
    [MemberData(nameof(PromptNames))]
    public Task A_red_flag_at_this_prompt_stops_the_practice_for_today(string name)
    {
        var index = Array.FindIndex(Prompts, p => p.Name == name);
        return StopsForTodayAsync(index, Flags[index % Flags.Length], "red-flag-");
    }

    [Theory]
    [MemberData(nameof(PromptNames))]
    public Task A_red_flag_after_an_answer_word_at_this_prompt_stops_the_practice_for_today(string name)
    {
        var index = Array.FindIndex(Prompts, p => p.Name == name);
        return StopsForTodayAsync(index, Openers[index % Openers.Length] + " " + SaidWithASubject[index % SaidWithASubject.Length], "opened-flag-");
    }

    private async Task StopsForTodayAsync(int index, string flag, string prefix)
    {
        var prompt = Prompts[index];
        var name = prompt.Name;
        var user = prefix + "listener-" + index;
        await using var conversation = new HostConversation(_host, prefix + index, user);

        IReadOnlyList<HeardMessage> last = [];
        if (!prompt.Answers.Contains(NoJoin)) last = await conversation.JoinAsync();
        foreach (var answer in prompt.Answers.Where(a => a != NoJoin))
        {
            if (answer == NewConversation)
            {
                conversation.NewConversation(prefix + index + "-again");
                last = await conversation.JoinAsync();
            }
            else
            {
                last = await conversation.SayAsync(answer);
            }
        }
        AssertAt(prompt, last);

        var stop = await conversation.SayAsync(flag);
        var said = Texts(stop);
        Assert.Contains(said, t => t.Contains("said: " + flag, StringComparison.Ordinal));
        Assert.Contains(said, t => t.Contains("this movement today", StringComparison.Ordinal) || t.Contains("not continue", StringComparison.Ordinal));
        AssertNoMovement(said, $"{name}: \"{flag}\"");

        foreach (var next in new[] { "it's mild", "no", "ready", "start", "yes" })
        {
            var after = Texts(await conversation.SayAsync(next));
            Assert.Contains(after, t => t.Contains("do not do this movement again today", StringComparison.Ordinal));
            AssertNoMovement(after, $"{name}: \"{flag}\" then \"{next}\"");
        }
    }

    [Theory]
    [InlineData("no tingling at all")]
    [InlineData("I don't feel dizzy")]
    [InlineData("not numb, it's fine")]
    [InlineData("nothing is spreading")]
    public async Task A_red_flag_taken_back_in_the_same_words_does_not_stop_the_practice(string said)
    {
        await using var conversation = new HostConversation(_host, "negated-" + said.GetHashCode(), "negated-" + said.GetHashCode());
        await conversation.JoinAsync();
        foreach (var answer in ToSlide) await conversation.SayAsync(answer);
        var reply = Texts(await conversation.SayAsync(said));
        Assert.DoesNotContain(reply, t => t.Contains("this movement today", StringComparison.Ordinal));
        var next = Texts(await conversation.SayAsync("ready"));
        Assert.DoesNotContain(next, t => t.Contains("do not do this movement again today", StringComparison.Ordinal));
    }

    private static List<string> Texts(IEnumerable<HeardMessage> messages) => messages.Select(m => m.Text).ToList();

    private static void AssertAt(Prompt prompt, IReadOnlyList<HeardMessage> last)
    {
        if (prompt.Answers.Contains(NoJoin)) return;
        var heard = last[^1].Text;
        if (prompt.StepId is { } id)
        {
            var step = BotHarness.Script.Step(id);
            Assert.Contains(step.Say, line => Matches(line.Text, heard));
        }
        else
        {
            Assert.True(last.Any(m => m.Text.Contains(prompt.Heard!, StringComparison.Ordinal)), $"{prompt.Name}: expected \"{prompt.Heard}\", heard \"{heard}\"");
        }
    }

    // A script line with its placeholders, matched against what was heard.
    private static bool Matches(string line, string heard) =>
        Regex.IsMatch(heard, "^" + Regex.Replace(Regex.Escape(line), @"\\\{\w+}", @"\w+") + "$");

    private static void AssertNoMovement(IEnumerable<string> said, string because)
    {
        var moves = BotHarness.Script.Steps.Values.SelectMany(s => s.Say).Where(l => l.Move).Select(l => l.Text).ToList();
        foreach (var text in said)
        {
            Assert.False(moves.Any(m => Matches(m, text)), $"{because}: a movement was said after a red flag: \"{text}\"");
        }
    }
}
