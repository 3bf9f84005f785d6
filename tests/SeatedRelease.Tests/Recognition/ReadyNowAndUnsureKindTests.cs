using SeatedRelease.Practice.Recognition;

namespace SeatedRelease.Tests.Recognition;

/// <summary>
/// A not-ready superseded by a later "but I am now", and a listener at the pain-kind prompt who cannot tell the kind
/// (two kinds an earlier pass left as misses); and the pain words the old blind sets still missed.
/// </summary>
public sealed class ReadyNowAndUnsureKindTests(RecognizerFixture fixture) : IClassFixture<RecognizerFixture>
{
    private string Label(PromptContext context, string utterance) => fixture.Recognizer.Recognize(context, utterance).Label;

    [Theory]
    [InlineData("wasn't ready a second ago but I am now", "ready")]
    [InlineData("I wasn't ready before, now I am", "ready")]
    [InlineData("not quite ready a moment ago but I'm ready now", "ready")]
    [InlineData("I'm not ready", "pause")]
    [InlineData("I am not ready now", "pause")]
    [InlineData("I wasn't ready but I am now, ow my knee", "pain")]
    public void A_later_ready_now_outweighs_an_earlier_not_ready_and_never_a_pain(string utterance, string expected)
    {
        Assert.Equal(expected, Label(PromptContext.Ready, utterance));
    }

    [Theory]
    [InlineData("I don't know, it's sore", "pain")]
    [InlineData("not sure, it's sore", "pain")]
    [InlineData("can't tell, it just aches", "pain")]
    [InlineData("not sure which, it's a dull ache", "mild")]
    [InlineData("no idea, slight I suppose", "mild")]
    [InlineData("I don't know, it stabs", "sharp")]
    [InlineData("it's sore", "mild")]
    public void Unsure_of_the_kind_is_no_mild_answer_unless_the_kind_is_named(string utterance, string expected)
    {
        Assert.Equal(expected, Label(PromptContext.PainKind, utterance));
    }

    [Theory]
    [InlineData(PromptContext.PainKind, "it moved into my lower back now i cant tell what kind", "pain")]
    [InlineData(PromptContext.PainKind, "I don't know", "unknown")]
    [InlineData(PromptContext.PainKind, "shark", "sharp")]
    [InlineData(PromptContext.PainKind, "numm", "sharp")]
    [InlineData(PromptContext.Ready, "my tailbone is akeing on this hard floor", "pain")]
    public void Pain_still_missed_in_the_old_blind_sets_is_heard(PromptContext context, string utterance, string expected)
    {
        Assert.Equal(expected, Label(context, utterance));
    }
}
