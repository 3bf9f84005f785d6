using Microsoft.Bot.Schema;
using SeatedRelease.Bot.Teams;
using SeatedRelease.Tests.DirectLine;
using SeatedRelease.Tests.Support;

namespace SeatedRelease.Tests.Teams;

public sealed class MessageCombinerTests
{
    private static Activity Message(int i, bool prompt = false) => new()
    {
        Type = ActivityTypes.Message,
        Text = $"line {i}",
        Speak = $"<speak version=\"1.0\" xmlns=\"http://www.w3.org/2001/10/synthesis\" xml:lang=\"en-US\"><voice name=\"v\">line {i}<break time=\"1000ms\"/></voice></speak>",
        InputHint = prompt ? InputHints.ExpectingInput : InputHints.IgnoringInput,
        SuggestedActions = prompt ? new SuggestedActions { Actions = [new CardAction(ActionTypes.ImBack, "Ready", value: "Ready")] } : null,
    };

    [Fact]
    public void Ten_messages_under_a_limit_of_three_become_three_in_order_with_the_prompt_last()
    {
        var turn = Enumerable.Range(1, 9).Select(i => Message(i)).Append(Message(10, prompt: true)).ToList();
        var combined = MessageCombiner.Combine(turn, 3);

        Assert.Equal(3, combined.Count);
        Assert.Equal(string.Join("\n\n", turn.Select(a => a.Text)), string.Join("\n\n", combined.Select(a => a.Text)));
        Assert.Equal(InputHints.ExpectingInput, combined[^1].InputHint);
        Assert.Equal("Ready", combined[^1].SuggestedActions.Actions.Single().Title);
        Assert.All(combined.Take(2), a => Assert.Equal(InputHints.IgnoringInput, a.InputHint));
        foreach (var a in combined) Ssml.AssertValid(a.Speak);
        Assert.Equal(string.Concat(turn.Select(a => Ssml.SpokenText(a.Speak))), string.Concat(combined.Select(a => Ssml.SpokenText(a.Speak))));
    }

    [Fact]
    public void A_turn_within_the_limit_is_left_as_it_is()
    {
        var turn = new List<Activity> { Message(1), Message(2, prompt: true) };
        Assert.Same(turn, MessageCombiner.Combine(turn, 7));
    }

    [Fact]
    public void Other_activities_keep_their_place_and_count_against_the_limit()
    {
        var end = new Activity { Type = ActivityTypes.EndOfConversation };
        var turn = new List<Activity> { Message(1), Message(2), Message(3), Message(4), end };
        var combined = MessageCombiner.Combine(turn, 3);
        Assert.Equal([ActivityTypes.Message, ActivityTypes.Message, ActivityTypes.EndOfConversation], combined.Select(a => a.Type));
        Assert.Equal("line 1\n\nline 2", combined[0].Text);
        Assert.Equal("line 3\n\nline 4", combined[1].Text);
    }

    [Fact]
    public void A_limit_of_one_sends_one_message_with_everything()
    {
        var turn = Enumerable.Range(1, 5).Select(i => Message(i)).ToList();
        Assert.Equal("line 1\n\nline 2\n\nline 3\n\nline 4\n\nline 5", Assert.Single(MessageCombiner.Combine(turn, 1)).Text);
    }
}

public sealed class TeamsRateWindowTests
{
    [Fact]
    public void Seven_a_second_then_sixty_in_thirty_seconds_then_room_again()
    {
        var clock = new ManualClock();
        var window = new TeamsRateWindow(clock);
        Assert.Equal(7, window.Allowance("c"));
        window.Record("c", 5);
        Assert.Equal(2, window.Allowance("c"));
        Assert.Equal(7, window.Allowance("other"));
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(7, window.Allowance("c"));

        for (var i = 0; i < 11; i++)
        {
            window.Record("c", 5);
            clock.Advance(TimeSpan.FromSeconds(1));
        }
        Assert.Equal(0, window.Allowance("c"));
        clock.Advance(TimeSpan.FromSeconds(18));
        Assert.Equal(5, window.Allowance("c")); // the first five have left the 30-second window
        clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(7, window.Allowance("c"));
    }

    [Fact]
    public async Task A_full_conversation_waits_just_until_one_more_message_fits()
    {
        var clock = new ManualClock();
        var waits = new List<TimeSpan>();
        var window = new TeamsRateWindow(clock, (wait, _) => { waits.Add(wait); clock.Advance(wait); return Task.CompletedTask; });
        Assert.Equal(7, await window.WaitForRoomAsync("c", CancellationToken.None));
        window.Record("c", 7);
        clock.Advance(TimeSpan.FromMilliseconds(300));
        Assert.Equal(7, await window.WaitForRoomAsync("c", CancellationToken.None)); // all seven left the second together
        Assert.Equal([TimeSpan.FromMilliseconds(700)], waits);
    }

    [Fact]
    public void Conversations_quiet_for_thirty_seconds_are_forgotten_however_few_there_are()
    {
        var clock = new ManualClock();
        var window = new TeamsRateWindow(clock);
        for (var i = 0; i < 10; i++) window.Record($"quiet-{i}", 3);

        clock.Advance(TimeSpan.FromSeconds(31));
        window.Record("talking", 1);

        Assert.Equal(1, window.Tracked);
        Assert.Equal(6, window.Allowance("talking"));
    }

    [Fact]
    public async Task One_conversation_asking_for_room_never_holds_up_another()
    {
        using var held = new ManualResetEventSlim();
        using var holding = new ManualResetEventSlim();
        var clock = new HoldingClock(held, holding);
        var window = new TeamsRateWindow(clock);
        window.Record("a", 1);
        window.Record("b", 1);

        // The first conversation's question stops inside the window, at the clock, until released.
        clock.HoldNext = true;
        var first = Task.Run(() => window.Allowance("a"));
        Assert.True(holding.Wait(TimeSpan.FromSeconds(30)), "the first question never reached the clock");
        var second = Task.Run(() => window.Allowance("b"));
        var finished = await Task.WhenAny(second, Task.Delay(TimeSpan.FromSeconds(30)));
        held.Set();

        Assert.Same(second, finished);
        Assert.Equal(6, await second);
        Assert.Equal(6, await first);
    }

    /// <summary>A fixed clock whose next reading, once asked, waits until the test lets it go.</summary>
    private sealed class HoldingClock(ManualResetEventSlim release, ManualResetEventSlim holding) : TimeProvider
    {
        private readonly DateTimeOffset _now = new(2026, 1, 1, 9, 0, 0, TimeSpan.Zero);

        public volatile bool HoldNext;

        public override DateTimeOffset GetUtcNow()
        {
            if (HoldNext)
            {
                HoldNext = false;
                holding.Set();
                release.Wait();
            }
            return _now;
        }
    }
}
