using SeatedRelease.Practice.Recognition;

namespace SeatedRelease.Tests.Recognition;

/// <summary>Cries through a small lexicon of their own, so each rule of the shape is seen alone.</summary>
public sealed class CryShapeTests
{
    private static readonly LexiconRecognizer Recognizer = LexiconRecognizer.Parse("""
        fillers: [ah, oh]
        cries:
          pain: [ow]
          maybe-pain: [ahh, oof]
          prefixes: [ye]
          suffixes: [ch]
        intents:
          pain:
            phrases: [hurts]
          stop:
            phrases: [stop]
          ready:
            phrases: [ready, yeah]
        contexts:
          ready: {priority: [pain, maybe-pain, stop, ready]}
          yesno: {priority: [pain, maybe-pain, stop]}
          surface: {priority: [pain, maybe-pain, stop]}
          painkind: {priority: [pain, maybe-pain, stop]}
        """, "lexicon.yaml");

    private static string Label(string utterance) => Recognizer.Recognize(PromptContext.Ready, utterance).Label;

    [Theory]
    [InlineData("oof", "maybe-pain")]
    [InlineData("ooooff", "maybe-pain")]
    [InlineData("off", "unknown")]
    [InlineData("aahhh", "maybe-pain")]
    [InlineData("ah", "unknown")]
    [InlineData("owl", "unknown")]
    public void Drawing_out_only_lengthens_runs_of_the_same_letters(string utterance, string expected)
    {
        Assert.Equal(expected, Label(utterance));
    }

    [Theory]
    [InlineData("yeowwch", "pain")]
    [InlineData("owch", "pain")]
    [InlineData("yeahh", "unknown")]
    [InlineData("yeah", "ready")]
    public void Affixes_dress_only_pain_cries(string utterance, string expected)
    {
        Assert.Equal(expected, Label(utterance));
    }
}
