using SeatedRelease.Practice.Recognition;
using Practice = SeatedRelease.Practice;

namespace SeatedRelease.Tests.Recognition;

public sealed class RecentRecognitionsTests
{
    private sealed class CountingRecognizer : IRecognizer
    {
        public int Calls;

        public Practice.Recognition.Recognition Recognize(PromptContext context, string utterance)
        {
            Calls++;
            return new Practice.Recognition.Recognition(context == PromptContext.YesNo ? Intent.Yes : Intent.Ready, utterance);
        }
    }

    [Fact]
    public void The_same_words_at_the_same_prompt_are_worked_out_once_and_give_the_same_verdict()
    {
        var inner = new CountingRecognizer();
        var recent = new RecentRecognitions(inner);

        var first = recent.Recognize(PromptContext.Ready, "ready");
        var again = recent.Recognize(PromptContext.Ready, "ready");

        Assert.Equal(first, again);
        Assert.Equal(1, inner.Calls);
    }

    [Fact]
    public void The_same_words_at_another_prompt_are_recognized_afresh()
    {
        var inner = new CountingRecognizer();
        var recent = new RecentRecognitions(inner);

        var atReady = recent.Recognize(PromptContext.Ready, "yes");
        var atYesNo = recent.Recognize(PromptContext.YesNo, "yes");

        Assert.Equal(Intent.Ready, atReady.Intent);
        Assert.Equal(Intent.Yes, atYesNo.Intent);
        Assert.Equal(2, inner.Calls);
    }

    [Fact]
    public void Long_utterances_are_never_kept()
    {
        var inner = new CountingRecognizer();
        var recent = new RecentRecognitions(inner);
        var longWords = new string('a', RecentRecognitions.LongestKept + 1);

        recent.Recognize(PromptContext.Ready, longWords);
        recent.Recognize(PromptContext.Ready, longWords);

        Assert.Equal(2, inner.Calls);
        Assert.Equal(0, recent.Count);
    }

    [Fact]
    public void Many_different_utterances_never_hold_more_than_the_capacity()
    {
        var inner = new CountingRecognizer();
        var recent = new RecentRecognitions(inner, capacity: 8);

        for (var i = 0; i < 100; i++) recent.Recognize(PromptContext.Ready, $"word {i}");

        Assert.InRange(recent.Count, 1, 8);
        Assert.Equal(100, inner.Calls);
    }

    [Fact]
    public async Task The_practice_engine_recognizes_through_the_kept_verdicts_with_the_trained_recognizer_inside()
    {
        var engine = await SeatedRelease.Practice.Engine.PracticeLoader.LoadAsync(null, TimeProvider.System, CancellationToken.None);
        var recent = Assert.IsType<RecentRecognitions>(engine.Recognizer);
        Assert.IsType<SeatedRelease.Practice.Recognition.Composite.CompositeRecognizer>(recent.Inner);
    }
}
