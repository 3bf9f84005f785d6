using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SeatedRelease.Practice.Recognition;
using SeatedRelease.Practice.Rendering;
using SeatedRelease.Tests.Support;
using IRecognizer = SeatedRelease.Practice.Recognition.IRecognizer;

namespace SeatedRelease.Tests.Engine;

public sealed class BotBehaviourTests
{
    private static List<string> Texts(IEnumerable<IActivity> a) => BotHarness.Texts(a).ToList();

    private static async Task<BotHarness> AtFirstRepetitionAsync(BotHarness? bot = null)
    {
        bot ??= new BotHarness();
        await bot.JoinAsync();
        foreach (var say in new[] { "no", "carpet", "ready", "ready", "ready" })
        {
            await bot.SayAsync(say);
        }
        return bot;
    }

    [Fact]
    public async Task Repeat_says_the_last_prompt_again_word_for_word()
    {
        var bot = await AtFirstRepetitionAsync();
        var before = Texts(await bot.SayAsync("ready"));
        var again = Texts(await bot.SayAsync("repeat"));
        Assert.Contains(before, t => t.Contains("Say ready for another one", StringComparison.Ordinal));
        Assert.Equal(before, again);
        var next = Texts(await bot.SayAsync("ready"));
        Assert.Contains(next, t => t.Contains("When you want the next one", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Yes_to_the_safety_screen_is_an_answer_not_ready_and_ouch_there_is_pain()
    {
        var bot = new BotHarness();
        await bot.JoinAsync();
        var yes = Texts(await bot.SayAsync("yes"));
        Assert.Contains(yes, t => t.Contains("only very gently", StringComparison.Ordinal));
        Assert.DoesNotContain(yes, t => t.Contains("What are you sitting on", StringComparison.Ordinal));
        var ouch = Texts(await bot.SayAsync("ouch"));
        Assert.Contains(ouch, t => t.StartsWith("Stop moving", StringComparison.Ordinal));
        Assert.DoesNotContain(ouch, t => t.Contains("wise choice", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(ActivityTypes.Typing)]
    [InlineData(ActivityTypes.Event)]
    [InlineData("somethingNobodyKnows")]
    [InlineData(ActivityTypes.MessageReaction)]
    public async Task A_non_message_activity_changes_nothing(string type)
    {
        var bot = await AtFirstRepetitionAsync();
        var replies = await bot.RunTurnAsync(adapter =>
        {
            var a = (Activity)adapter.MakeActivity();
            a.Type = type;
            a.Text = "that hurts";
            a.Name = "anything";
            return a;
        });
        Assert.Empty(replies);
        var next = Texts(await bot.SayAsync("ready"));
        Assert.Contains(next, t => t.Contains("Say ready for another one", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Text_over_two_thousand_characters_gets_a_short_reprompt_and_keeps_the_place()
    {
        var bot = await AtFirstRepetitionAsync();
        var replies = Texts(await bot.SayAsync(new string('a', 2001) + " ready"));
        Assert.Contains(replies, t => t.Contains("a few words", StringComparison.Ordinal));
        Assert.All(replies, t => Assert.True(t.Length < 200));
        Assert.Contains(Texts(await bot.SayAsync("ready")), t => t.Contains("Say ready for another one", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_exception_in_a_turn_apologises_and_keeps_the_users_place()
    {
        var recognizer = new FailingOnce(await LexiconRecognizer.LoadAsync(Repo.Dialogs, CancellationToken.None), "boom");
        var bot = await AtFirstRepetitionAsync(new BotHarness(recognizer: recognizer));
        var failed = await bot.SayAsync("boom");
        Assert.Equal([BotHarness.Script.Phrase("error")], Texts(failed));
        Assert.Contains("That hurts", failed.OfType<IMessageActivity>().Single().SuggestedActions.Actions.Select(a => a.Title));
        Assert.Contains(Texts(await bot.SayAsync("ready")), t => t.Contains("Say ready for another one", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_message_has_text_speak_and_never_closes_the_microphone()
    {
        var bot = new BotHarness();
        var turns = new List<IReadOnlyList<IActivity>> { await bot.JoinAsync() };
        foreach (var say in new[] { "no", "mat", "ready", "hold on", "ready", "ready", "that hurts", "mild", "ready", "stop" })
        {
            turns.Add(await bot.SayAsync(say));
        }
        foreach (var turn in turns)
        {
            var messages = turn.OfType<IMessageActivity>().ToList();
            Assert.NotEmpty(messages);
            foreach (var m in messages.SkipLast(1))
            {
                // Listening through every cue: "that hurts" must be heard mid-repetition.
                Assert.Equal(InputHints.AcceptingInput, m.InputHint);
                Assert.Null(m.SuggestedActions);
            }
            var last = messages[^1];
            Assert.Contains(last.InputHint, new[] { InputHints.ExpectingInput, InputHints.AcceptingInput });
            Assert.NotEmpty(last.SuggestedActions.Actions);
            foreach (var m in messages)
            {
                Assert.False(string.IsNullOrWhiteSpace(m.Text));
                Ssml.AssertValid(m.Speak);
                Assert.Equal("en-US", m.Locale);
            }
        }
        Assert.Equal(InputHints.AcceptingInput, turns[^1].OfType<IMessageActivity>().Last().InputHint);
    }

    [Fact]
    public async Task Prompts_carry_the_buttons_of_their_question()
    {
        var bot = new BotHarness();
        static string[] Buttons(IReadOnlyList<IActivity> turn) =>
            turn.OfType<IMessageActivity>().Last().SuggestedActions.Actions.Select(a => a.Title).ToArray();
        var screen = Buttons(await bot.JoinAsync());
        Assert.Contains("Yes", screen);
        Assert.Contains("No", screen);
        var surface = Buttons(await bot.SayAsync("No"));
        Assert.Contains("Mat", surface);
        Assert.Contains("Carpet", surface);
        Assert.Contains("Hardwood floor", surface);
        var ready = Buttons(await bot.SayAsync("Hardwood floor"));
        Assert.Contains("Ready", ready);
        Assert.Contains("That hurts", ready);
        Assert.All(await bot.SayAsync("Ready"), a => Assert.IsType<IMessageActivity>(a, exactMatch: false));
    }

    [Fact]
    public async Task Pace_chosen_in_one_conversation_is_kept_for_the_next_one_of_the_same_user()
    {
        var storage = new MemoryStorage();
        var first = await AtFirstRepetitionAsync(new BotHarness(storage, "conv-a", "same-user"));
        var replies = Texts(await first.SayAsync("slower"));
        Assert.Contains(BotHarness.Script.Phrase("slower"), replies);
        var speakFirst = (await first.SayAsync("ready")).OfType<IMessageActivity>().First().Speak;
        Assert.Contains("rate='-25%'", speakFirst, StringComparison.Ordinal);

        var second = new BotHarness(storage, "conv-b", "same-user");
        var greeting = (await second.JoinAsync()).OfType<IMessageActivity>().First().Speak;
        Assert.Contains("rate='-25%'", greeting, StringComparison.Ordinal);

        var stranger = new BotHarness(storage, "conv-c", "another-user");
        var other = (await stranger.JoinAsync()).OfType<IMessageActivity>().First().Speak;
        Assert.Contains("rate='-10%'", other, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_first_message_without_a_join_gets_the_greeting()
    {
        var bot = new BotHarness();
        var replies = Texts(await bot.SayAsync("hello"));
        Assert.Contains(replies, t => t.Contains("Seated Hamstring Release", StringComparison.Ordinal));
        Assert.Contains(replies, t => t.Contains("that hurts", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_second_join_does_not_greet_again()
    {
        var bot = new BotHarness();
        await bot.JoinAsync();
        await bot.SayAsync("no");
        Assert.Empty(await bot.JoinAsync());
        Assert.Contains(Texts(await bot.SayAsync("carpet")), t => t.Contains("socks", StringComparison.Ordinal));
    }

    [Fact]
    public void Silence_longer_than_a_break_becomes_a_delay_activity_unless_replies_are_expected()
    {
        var script = BotHarness.Script;
        var renderer = new SsmlRenderer(script, new SpeechOptions());
        var turn = new SeatedRelease.Practice.Engine.Turn();
        turn.Lines.Add(new("Take a few slow breaths.", PauseSeconds: 20));
        turn.Lines.Add(new("Say ready."));
        var rendered = renderer.Render(turn);
        Assert.Equal(TimeSpan.FromSeconds(15), rendered[0].SilenceAfter);

        var withDelays = SeatedRelease.Bot.Bot.ActivityWriter.Write(rendered, "en-US", allowDelays: true);
        Assert.Equal([ActivityTypes.Message, ActivityTypes.Delay, ActivityTypes.Message], withDelays.Select(a => a.Type));
        Assert.Equal(15000, ((Activity)withDelays[1]).Value);
        var breaks = Ssml.AssertValid(((IMessageActivity)withDelays[0]).Speak).GetElementsByTagName("break", Ssml.Namespace);
        Assert.Equal(5.0, Ssml.BreakSeconds((System.Xml.XmlElement)breaks[0]!));

        var expectReplies = SeatedRelease.Bot.Bot.ActivityWriter.Write(rendered, "en-US", allowDelays: false);
        Assert.All(expectReplies, a => Assert.Equal(ActivityTypes.Message, a.Type));
    }

    private sealed class FailingOnce(IRecognizer inner, string trigger) : IRecognizer
    {
        private bool _failed;

        public Practice.Recognition.Recognition Recognize(PromptContext context, string utterance)
        {
            if (!_failed && utterance == trigger)
            {
                _failed = true;
                throw new InvalidOperationException("simulated failure");
            }
            return inner.Recognize(context, utterance);
        }
    }
}
