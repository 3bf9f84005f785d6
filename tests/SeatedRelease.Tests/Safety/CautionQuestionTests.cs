using SeatedRelease.Tests.Support;

namespace SeatedRelease.Tests.Safety;

/// <summary>Questions about the conditions the seed cautions about get the seed's caution, never the list of benefits.</summary>
public sealed class CautionQuestionTests
{
    [Theory]
    [InlineData("does this help with sciatica")]
    [InlineData("is this good for a slipped disc?")]
    [InlineData("will it help my sacroiliac pain")]
    [InlineData("can I do this with a herniated disc")]
    [InlineData("is it safe with sciatica")]
    public async Task A_question_about_a_cautioned_condition_gets_the_caution(string question)
    {
        var bot = new BotHarness(conversationId: "caution-" + question.GetHashCode());
        await bot.JoinAsync();
        foreach (var say in new[] { "no", "carpet", "ready" }) await bot.SayAsync(say);
        var answer = BotHarness.Texts(await bot.SayAsync(question)).ToList();
        Assert.Contains(answer, t => t.Contains("no benefit if it is not comfortable", StringComparison.Ordinal));
        Assert.DoesNotContain(answer, t => t.Contains("hyperlordosis", StringComparison.Ordinal));
        Assert.Contains(answer, t => t.Contains("Say ready", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("what is sciatica?")]
    [InlineData("what's a sacroiliac joint")]
    public async Task Asking_what_a_condition_is_gets_its_meaning(string question)
    {
        var bot = new BotHarness(conversationId: "terms-" + question.GetHashCode());
        await bot.JoinAsync();
        var answer = BotHarness.Texts(await bot.SayAsync(question)).ToList();
        Assert.Contains(answer, t => t.Contains("Sciatica is pain", StringComparison.Ordinal));
        Assert.DoesNotContain(answer, t => t.Contains("no benefit", StringComparison.Ordinal));
    }
}
