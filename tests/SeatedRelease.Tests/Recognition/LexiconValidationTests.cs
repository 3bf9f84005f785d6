using SeatedRelease.Practice.Recognition;

namespace SeatedRelease.Tests.Recognition;

public sealed class LexiconValidationTests
{
    // The smallest lexicon that loads; the shape tests break it in other ways.
    internal const string Minimal = """
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
    public void A_subject_negator_that_is_no_negator_is_named()
    {
        string yaml = Minimal + "\nnegation:\n  before: [not]\n  subject_negators: [nothing]\n";
        var error = Assert.Throws<LexiconException>(() => LexiconRecognizer.Parse(yaml, "dialogs/lexicon.yaml"));
        Assert.Contains(error.Problems, p => p.Contains("negation.subject_negators", StringComparison.Ordinal) && p.Contains("'nothing'"));
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
    public void A_cry_that_is_an_answer_word_is_rejected_with_its_line()
    {
        var error = Assert.Throws<LexiconException>(() => LexiconRecognizer.Parse(Minimal + "\ncries:\n  maybe-pain: [ahh, ready]\n", "l.yaml"));
        Assert.Contains(error.Problems, p => p.StartsWith("l.yaml:14:", StringComparison.Ordinal) && p.Contains("'ready'"));
    }

    [Fact]
    public void A_sensation_that_is_an_answer_or_a_negation_word_is_rejected_with_its_line()
    {
        string yaml = "negation:\n  before: [not]\n" + Minimal + "\nsensations:\n  sharp: [zap, stop]\n  maybe: [not]\n";
        var error = Assert.Throws<LexiconException>(() => LexiconRecognizer.Parse(yaml, "l.yaml"));
        Assert.Contains(error.Problems, p => p.StartsWith("l.yaml:16:", StringComparison.Ordinal) && p.Contains("'stop' already means something else"));
        Assert.Contains(error.Problems, p => p.StartsWith("l.yaml:17:", StringComparison.Ordinal) && p.Contains("'not' already means something else"));
    }

    [Fact]
    public void Unknown_keys_under_cries_and_sensations_are_rejected()
    {
        var error = Assert.Throws<LexiconException>(() => LexiconRecognizer.Parse(Minimal + "\ncries:\n  loud: [ow]\nsensations:\n  sore: [ache]\n", "l.yaml"));
        Assert.Contains(error.Problems, p => p.Contains("cries: unknown key 'loud'"));
        Assert.Contains(error.Problems, p => p.Contains("sensations: unknown key 'sore'"));
    }

    [Fact]
    public void A_teacher_added_sensation_stem_is_recognized_in_its_forms()
    {
        var recognizer = LexiconRecognizer.Parse(Minimal + "\nsensations:\n  sharp: [zap]\n", "lexicon.yaml");
        Assert.Equal(Intent.Pain, recognizer.Recognize(PromptContext.Ready, "it zapped").Intent);
        Assert.Equal(Intent.Pain, recognizer.Recognize(PromptContext.Ready, "zappy").Intent);
        Assert.Equal(Intent.Unknown, recognizer.Recognize(PromptContext.Ready, "zip").Intent);
    }

    [Fact]
    public void A_topic_may_share_a_word_with_an_answer_only_when_it_needs_a_question_word()
    {
        const string topics = "question_cues: [what]\ntopics:\n  terms: [ready]\n";
        string yaml = topics + Minimal.Replace("[pain, maybe-pain, stop, ready]", "[pain, maybe-pain, stop, question, ready]");
        var recognizer = LexiconRecognizer.Parse(yaml, "l.yaml");
        Assert.Equal(Intent.Ready, recognizer.Recognize(PromptContext.Ready, "ready").Intent);
        Assert.Equal(Intent.Question, recognizer.Recognize(PromptContext.Ready, "what is ready").Intent);

        var error = Assert.Throws<LexiconException>(() => LexiconRecognizer.Parse(yaml.Replace("phrases: [ready]", "phrases: [ready, what ready]").Replace("[ready]\n", "[what ready]\n"), "l.yaml"));
        Assert.Contains(error.Problems, p => p.Contains("'what ready' means"));
    }

    [Fact]
    public void Missing_context_is_rejected()
    {
        string yaml = Minimal.Replace("  painkind: {priority: [pain, maybe-pain, stop]}", "");
        var error = Assert.Throws<LexiconException>(() => LexiconRecognizer.Parse(yaml, "l.yaml"));
        Assert.Contains(error.Problems, p => p.Contains("'painkind' is missing"));
    }
}
