using SeatedRelease.Practice.Recognition;

namespace SeatedRelease.Tests.Recognition;

public sealed class LexiconValidationTests
{
    private const string Minimal = """
        intents:
          pain:
            phrases: [hurts]
          stop:
            phrases: [stop]
          ready:
            phrases: [ready]
        contexts:
          ready: {priority: [pain, maybe-pain, stop, ready]}
          yesno: {priority: [pain, maybe-pain, stop]}
          surface: {priority: [pain, maybe-pain, stop]}
          painkind: {priority: [pain, maybe-pain, stop]}
        """;

    [Fact]
    public void Minimal_lexicon_loads_and_a_teacher_added_pain_word_is_recognized()
    {
        var recognizer = LexiconRecognizer.Parse(Minimal.Replace("[hurts]", "[hurts, zinger]"), "lexicon.yaml");
        Assert.Equal(Intent.Pain, recognizer.Recognize(PromptContext.Ready, "what a zinger").Intent);
        Assert.Equal(Intent.Ready, recognizer.Recognize(PromptContext.Ready, "ready").Intent);
    }

    [Fact]
    public void Errors_name_file_line_and_entry()
    {
        string yaml = Minimal.Replace("phrases: [ready]", "phrases: [ready, \"go, now\"]");
        var error = Assert.Throws<LexiconException>(() => LexiconRecognizer.Parse(yaml, "dialogs/lexicon.yaml"));
        Assert.Contains(error.Problems, p => p.StartsWith("dialogs/lexicon.yaml:7:", StringComparison.Ordinal) && p.Contains("'go, now'"));
    }

    [Fact]
    public void Unknown_label_is_rejected()
    {
        var error = Assert.Throws<LexiconException>(() => LexiconRecognizer.Parse(Minimal.Replace("  ready:\n    phrases", "  reddy:\n    phrases"), "l.yaml"));
        Assert.Contains(error.Problems, p => p.Contains("unknown label 'reddy'"));
    }

    [Fact]
    public void A_label_that_outranks_pain_is_rejected()
    {
        string yaml = Minimal.Replace("ready: {priority: [pain, maybe-pain, stop, ready]}", "ready: {priority: [ready, pain, maybe-pain, stop]}");
        var error = Assert.Throws<LexiconException>(() => LexiconRecognizer.Parse(yaml, "l.yaml"));
        Assert.Contains(error.Problems, p => p.Contains("'ready' cannot outrank pain"));
    }

    [Fact]
    public void One_phrase_with_two_meanings_in_one_context_is_rejected()
    {
        string yaml = Minimal.Replace("phrases: [stop]", "phrases: [stop, ready]");
        var error = Assert.Throws<LexiconException>(() => LexiconRecognizer.Parse(yaml, "l.yaml"));
        Assert.Contains(error.Problems, p => p.Contains("'ready' means"));
    }

    [Fact]
    public void A_pain_word_as_filler_is_rejected()
    {
        var error = Assert.Throws<LexiconException>(() => LexiconRecognizer.Parse("fillers: [um, hurts]\n" + Minimal, "l.yaml"));
        Assert.Contains(error.Problems, p => p.StartsWith("l.yaml:1:", StringComparison.Ordinal) && p.Contains("'hurts' is a pain word"));
    }

    [Fact]
    public void A_sound_alike_that_is_already_a_phrase_word_is_rejected()
    {
        var error = Assert.Throws<LexiconException>(() => LexiconRecognizer.Parse("sound_alikes:\n  hurts: [ready]\n" + Minimal, "l.yaml"));
        Assert.Contains(error.Problems, p => p.StartsWith("l.yaml:2:", StringComparison.Ordinal) && p.Contains("'ready' is itself a phrase word"));
    }

    [Fact]
    public void Invalid_yaml_reports_its_line()
    {
        var error = Assert.Throws<LexiconException>(() => LexiconRecognizer.Parse("intents:\n  pain: [unclosed\n", "l.yaml"));
        Assert.Contains(error.Problems, p => p.Contains("not valid YAML"));
    }

    [Fact]
    public void Missing_context_is_rejected()
    {
        string yaml = Minimal.Replace("  painkind: {priority: [pain, maybe-pain, stop]}", "");
        var error = Assert.Throws<LexiconException>(() => LexiconRecognizer.Parse(yaml, "l.yaml"));
        Assert.Contains(error.Problems, p => p.Contains("'painkind' is missing"));
    }
}
