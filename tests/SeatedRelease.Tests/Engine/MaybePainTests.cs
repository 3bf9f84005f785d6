using SeatedRelease.Practice.Recognition;
using SeatedRelease.Tests.Support;
using IRecognizer = SeatedRelease.Practice.Recognition.IRecognizer;

namespace SeatedRelease.Tests.Engine;

/// <summary>When the recognizer is unsure whether it heard pain, the bot asks, and never goes on as if ready.</summary>
public sealed class MaybePainTests
{
    private const string Unsure = "my back feels funny";

    private static async Task<BotHarness> AtSecondRepetitionAsync()
    {
        var real = await LexiconRecognizer.LoadAsync(Repo.Dialogs, CancellationToken.None);
        var bot = new BotHarness(recognizer: new UnsureAbout(real));
        await bot.JoinAsync();
        foreach (var say in new[] { "no", "carpet", "ready", "ready", "ready", "ready" }) await bot.SayAsync(say);
        return bot;
    }

    [Fact]
    public async Task Yes_to_the_check_is_a_pain_report_with_the_first_words()
    {
        var bot = await AtSecondRepetitionAsync();
        var check = BotHarness.Texts(await bot.SayAsync(Unsure)).ToList();
        Assert.Equal(["Did you say it hurts? Please say yes or no."], check);
        var pain = BotHarness.Texts(await bot.SayAsync("yes")).ToList();
        Assert.Contains(pain, t => t.StartsWith("Stop moving", StringComparison.Ordinal));
        await bot.SayAsync("mild");
        await bot.SayAsync("ready");
        var summary = BotHarness.Texts(await bot.SayAsync("stop")).ToList();
        Assert.Contains(summary, t => t.Contains("repetition 2, you said: " + Unsure + ". It felt mild.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task No_to_the_check_returns_to_the_same_prompt_without_moving_on()
    {
        var bot = await AtSecondRepetitionAsync();
        await bot.SayAsync(Unsure);
        var back = BotHarness.Texts(await bot.SayAsync("no")).ToList();
        Assert.Contains(back, t => t.Contains("Say ready for another one", StringComparison.Ordinal));
        Assert.DoesNotContain(back, t => t.Contains("When you want the next one", StringComparison.Ordinal));
        var stop = BotHarness.Texts(await bot.SayAsync("stop")).ToList();
        Assert.Contains(stop, t => t.Contains("No pain was reported", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ready_at_the_check_means_no_and_goes_back_to_the_same_repetition()
    {
        var bot = await AtSecondRepetitionAsync();
        await bot.SayAsync(Unsure);
        var replies = BotHarness.Texts(await bot.SayAsync("ready")).ToList();
        Assert.DoesNotContain(replies, t => t.Contains("When you want the next one", StringComparison.Ordinal) || t.Contains("yes or no", StringComparison.Ordinal));
        Assert.Equal("Before we go on, sit up tall.", replies[0]);
        Assert.Contains(replies, t => t.Contains("Say ready for another one", StringComparison.Ordinal));
        var stop = BotHarness.Texts(await bot.SayAsync("stop")).ToList();
        Assert.Contains(stop, t => t.Contains("and said it did not hurt", StringComparison.Ordinal));
    }

    private sealed class UnsureAbout(IRecognizer inner) : IRecognizer
    {
        public Practice.Recognition.Recognition Recognize(PromptContext context, string utterance) =>
            utterance == Unsure ? new Practice.Recognition.Recognition(Intent.MaybePain) : inner.Recognize(context, utterance);
    }
}
