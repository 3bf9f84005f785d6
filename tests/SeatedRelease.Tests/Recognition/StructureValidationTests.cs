using SeatedRelease.Practice.Recognition;

namespace SeatedRelease.Tests.Recognition;

/// <summary>The lexicon sections that describe sentence structure are checked like the phrase lists.</summary>
public sealed class StructureValidationTests
{
    private const string Minimal = """
        fillers: [um, hmm]
        topics:
          benefits: [good for]
        intents:
          pain:
            negatable: true
            phrases: [hurts, pain]
          stop:
            command: true
            phrases: [stop]
          ready:
            phrases: [ready, uh huh]
          yes:
            phrases: [yes]
          no:
            phrases: [no]
        contexts:
          ready: {priority: [pain, maybe-pain, stop, question, ready]}
          yesno: {priority: [pain, maybe-pain, stop, no, yes]}
          surface: {priority: [pain, maybe-pain, stop]}
          painkind: {priority: [pain, maybe-pain, stop]}
        """;

    private static LexiconException Rejects(string yaml) =>
        Assert.Throws<LexiconException>(() => LexiconRecognizer.Parse(yaml, "l.yaml"));

    [Fact]
    public void A_hesitation_that_is_not_a_filler_is_rejected_with_its_line()
    {
        var error = Rejects("hesitations: [hmm, ready]\n" + Minimal);
        Assert.Contains(error.Problems, p => p.StartsWith("l.yaml:1:", StringComparison.Ordinal) && p.Contains("'ready' must also be listed under fillers"));
    }

    [Fact]
    public void A_back_channel_that_is_no_phrase_is_rejected()
    {
        var error = Rejects("backchannels: [uh huh, mm hmm]\n" + Minimal);
        Assert.Contains(error.Problems, p => p.Contains("backchannels: 'mm hmm' is not a phrase"));
    }

    [Fact]
    public void A_condition_question_must_name_a_known_topic_and_fill_every_slot()
    {
        var error = Rejects(Minimal + "\ncondition_questions:\n  topic: cures\n  openers: [does]\n  subjects: [this]\n  verbs: [help]\n");
        Assert.Contains(error.Problems, p => p.Contains("'cures' is not an id under 'topics'"));
        Assert.Contains(error.Problems, p => p.Contains("condition_questions.prepositions: must list at least one word"));
    }

    [Fact]
    public void Explicit_answers_must_be_labels_of_the_context_and_not_pain()
    {
        string yaml = Minimal.Replace("yesno: {priority: [pain, maybe-pain, stop, no, yes]}", "yesno: {priority: [pain, maybe-pain, stop, no, yes], answers: [yes, pain, ready]}");
        var error = Rejects(yaml);
        Assert.Contains(error.Problems, p => p.Contains("answers: 'pain' must be a label"));
        Assert.Contains(error.Problems, p => p.Contains("answers: 'ready' must be a label"));
    }

    [Fact]
    public void Unknown_keys_under_phrasal_and_intents_are_rejected()
    {
        var error = Rejects(Minimal + "\nphrasal:\n  verbs: [speed]\n");
        Assert.Contains(error.Problems, p => p.Contains("phrasal: unknown key 'verbs'"));
        var option = Rejects(Minimal.Replace("command: true", "commandish: true"));
        Assert.Contains(option.Problems, p => p.Contains("unknown key 'commandish'"));
    }

    [Fact]
    public void An_unknown_key_under_ready_about_is_rejected()
    {
        var error = Rejects(Minimal + "\nready_about:\n  linkers: [for]\n  ours: [legs]\n");
        Assert.Contains(error.Problems, p => p.Contains("ready_about: unknown key 'ours'"));
    }

    [Fact]
    public void Ready_about_something_else_is_data_a_teacher_can_extend()
    {
        var without = LexiconRecognizer.Parse(Minimal, "l.yaml");
        var with = LexiconRecognizer.Parse(Minimal + "\nready_about:\n  linkers: [for]\n  own: [legs]\n", "l.yaml");

        Assert.Equal(Intent.Ready, without.Recognize(PromptContext.Ready, "ready for dinner").Intent);
        Assert.Equal(Intent.Unknown, with.Recognize(PromptContext.Ready, "ready for dinner").Intent);
        Assert.Equal(Intent.Ready, with.Recognize(PromptContext.Ready, "ready for legs").Intent);
    }

    private static string WithEnough(string yaml) => yaml
        .Replace("  ready:\n    phrases: [ready, uh huh]", "  enough:\n    phrases: [enough]\n  ready:\n    phrases: [ready, uh huh]")
        .Replace("ready: {priority: [pain, maybe-pain, stop, question, ready]}", "ready: {priority: [pain, maybe-pain, stop, question, enough, ready]}");

    [Fact]
    public void Enough_said_of_the_whole_session_is_data_a_teacher_can_extend()
    {
        var without = LexiconRecognizer.Parse(WithEnough(Minimal), "l.yaml");
        var with = LexiconRecognizer.Parse(WithEnough(Minimal) + "\nwhole_session: [for today]\n", "l.yaml");

        Assert.Equal(Intent.Enough, without.Recognize(PromptContext.Ready, "enough for today").Intent);
        Assert.Equal(Intent.Stop, with.Recognize(PromptContext.Ready, "enough for today").Intent);
        Assert.Equal(Intent.Enough, with.Recognize(PromptContext.Ready, "enough for this leg").Intent);
    }

    [Fact]
    public void A_said_thing_must_be_a_word_of_a_help_phrase()
    {
        var error = Rejects(Minimal + "\nsaid_before:\n  things: [options]\n  recall: [were]\n");
        Assert.Contains(error.Problems, p => p.Contains("said_before.things: 'options' is not a word of any help phrase"));
        var key = Rejects(Minimal + "\nsaid_before:\n  thing: [options]\n");
        Assert.Contains(key.Problems, p => p.Contains("said_before: unknown key 'thing'"));
    }

    [Fact]
    public void An_advice_frame_needs_its_own_question_word_and_its_topic_is_used()
    {
        var error = Rejects("question_openers: [is]\n" + Minimal + "\nadvice_questions:\n  topic: suitable\n  frames: [is it ok to, ok to]\n");
        Assert.Contains(error.Problems, p => p.Contains("advice_questions.frames: 'ok to' has no question word"));
        Assert.DoesNotContain(error.Problems, p => p.Contains("'is it ok to' has no question word"));

        string yaml = "question_openers: [is]\n" + Minimal + "\nadvice_questions:\n  topic: suitable\n  frames: [is it ok to]\n";
        var recognizer = LexiconRecognizer.Parse(yaml, "l.yaml");
        Assert.Contains("suitable", recognizer.Topics);
        Assert.Equal("suitable", recognizer.Recognize(PromptContext.Ready, "is it ok to be ready").Topic);
        Assert.Equal("benefits", recognizer.Recognize(PromptContext.Ready, "is it ok to ask what it is good for").Topic);
    }

    [Fact]
    public void A_conditional_frame_asks_only_with_a_circumstance_after_it()
    {
        var error = Rejects(Minimal + "\nadvice_questions:\n  topic: suitable\n  conditional: [can i]\n");
        Assert.Contains(error.Problems, p => p.Contains("conditional frames need at least one circumstance"));

        var recognizer = LexiconRecognizer.Parse(Minimal + "\nadvice_questions:\n  topic: suitable\n  conditional: [can i]\n  circumstances: [if]\n", "l.yaml");
        Assert.Equal(Intent.Question, recognizer.Recognize(PromptContext.Ready, "can i be ready if i am tired").Intent);
        Assert.Equal(Intent.Ready, recognizer.Recognize(PromptContext.Ready, "can i be ready").Intent);
    }

    [Fact]
    public void A_teacher_can_describe_structure_in_data_and_it_is_used()
    {
        string yaml = """
            negation:
              before: [not]
              verbal: [not]
            determiners: [the]
            hesitations: [hmm]
            backchannels: [uh huh]
            condition_questions:
              topic: benefits
              openers: [is]
              subjects: [this]
              verbs: [good]
              prepositions: [for]
            """ + "\n" + Minimal.Replace("yesno: {priority: [pain, maybe-pain, stop, no, yes]}", "yesno: {priority: [pain, maybe-pain, stop, no, yes], negated_pain: no, answers: [yes, no]}");
        var recognizer = LexiconRecognizer.Parse(yaml, "l.yaml");
        Assert.Equal(Intent.Unknown, recognizer.Recognize(PromptContext.Ready, "it will not stop").Intent);
        Assert.Equal(Intent.Unknown, recognizer.Recognize(PromptContext.Ready, "the stop").Intent);
        Assert.Equal(Intent.Stop, recognizer.Recognize(PromptContext.Ready, "stop").Intent);
        Assert.Equal(Intent.Unknown, recognizer.Recognize(PromptContext.Ready, "uh huh, hmm").Intent);
        Assert.Equal(Intent.Ready, recognizer.Recognize(PromptContext.Ready, "uh huh").Intent);
        Assert.Equal(Intent.Question, recognizer.Recognize(PromptContext.Ready, "is this good for pain").Intent);
        Assert.Equal(Intent.Yes, recognizer.Recognize(PromptContext.YesNo, "yes, not pain").Intent);
        Assert.Equal(Intent.No, recognizer.Recognize(PromptContext.YesNo, "not pain").Intent);
    }
}
