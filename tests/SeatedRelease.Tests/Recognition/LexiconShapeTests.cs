using SeatedRelease.Practice.Recognition;

namespace SeatedRelease.Tests.Recognition;

/// <summary>A lexicon written in the wrong shape is named by the line it went wrong on and the keys that lead there.</summary>
public sealed class LexiconShapeTests
{
    private const string Minimal = LexiconValidationTests.Minimal;

    private static IReadOnlyList<string> Problems(string yaml) =>
        Assert.Throws<LexiconException>(() => LexiconRecognizer.Parse(yaml, "lexicon.yaml")).Problems;

    [Fact]
    public void Every_unknown_key_is_named_with_its_line_and_where_it_stands()
    {
        string yaml = "fillerz: [um]\nnegation:\n  befor: [not]\n" + Minimal.Replace("    phrases: [stop]", "    phrase: [stop]");
        var problems = Problems(yaml);
        Assert.Contains(problems, p => p.StartsWith("lexicon.yaml:1: unknown key 'fillerz' (expected one of: ", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("lexicon.yaml:3: negation: unknown key 'befor' (expected before, skip,", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("lexicon.yaml:8: intents.stop: unknown key 'phrase'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_word_where_a_list_belongs_is_named_with_its_line()
    {
        var problems = Problems(Minimal + "\nfillers: um\n");
        Assert.Equal(["lexicon.yaml:13: fillers: expected a list, found a word"], problems);
    }

    [Fact]
    public void A_list_where_a_mapping_belongs_is_named_with_its_line()
    {
        var problems = Problems(Minimal + "\n\nnegation: [not]\n");
        Assert.Equal(["lexicon.yaml:14: negation: expected a mapping, found a list"], problems);
    }

    [Fact]
    public void A_mapping_inside_a_phrase_list_is_named_with_its_line_and_label()
    {
        var problems = Problems(Minimal.Replace("    phrases: [ready]", "    phrases:\n      - ready\n      - {go: now}"));
        Assert.Equal(["lexicon.yaml:9: intents.ready.phrases: expected a word or phrase, found a mapping"], problems);
    }

    [Fact]
    public void An_intent_flag_other_than_true_or_false_is_named_with_its_line()
    {
        var problems = Problems(Minimal.Replace("  stop:\n", "  stop:\n    command: yes please\n"));
        Assert.Contains("lexicon.yaml:5: intents.stop.command: expected true or false, found 'yes please'", problems);
    }

    [Fact]
    public void Broken_yaml_is_named_before_any_misshapen_value_above_it()
    {
        var problems = Problems("fillers: um\n" + Minimal + "\nsimiles: [like a\n");
        var only = Assert.Single(problems);
        Assert.Contains("not valid YAML", only);
    }

    [Fact]
    public void A_key_written_twice_is_named_at_its_second_line()
    {
        var problems = Problems(Minimal.Replace("  stop:\n", "  stop:\n    phrases: [halt]\n") + "\nsound_alikes:\n  ready: [reddy]\n  ready: [redy]\n");
        Assert.Contains("lexicon.yaml:6: intents.stop: 'phrases' is written twice", problems);
        Assert.Contains("lexicon.yaml:16: sound_alikes: 'ready' is written twice", problems);
    }

    [Fact]
    public void A_section_left_empty_counts_as_absent()
    {
        var recognizer = LexiconRecognizer.Parse("fillers:\nnegation:\n" + Minimal, "lexicon.yaml");
        Assert.Equal(Intent.Ready, recognizer.Recognize(PromptContext.Ready, "ready").Intent);
    }
}
