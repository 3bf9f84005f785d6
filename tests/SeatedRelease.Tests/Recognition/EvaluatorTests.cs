using SeatedRelease.Practice.Recognition;
using SeatedRelease.Practice.Recognition.Evaluation;

namespace SeatedRelease.Tests.Recognition;

public sealed class EvaluatorTests
{
    private sealed class FixedRecognizer(Intent intent) : IRecognizer
    {
        public Practice.Recognition.Recognition Recognize(PromptContext context, string utterance) => new(intent);
    }

    private static CorpusCase Case(string expected, PromptContext context = PromptContext.Ready) => new(context, "x", expected, "test");

    [Fact]
    public void Maybe_pain_counts_as_correct_only_where_pain_was_expected()
    {
        var report = CorpusEvaluator.Evaluate(new FixedRecognizer(Intent.MaybePain), [Case("pain"), Case("ready")]);
        Assert.Equal(1, report.Correct);
        Assert.Equal(1.0, report.PainRecall);
        Assert.Equal(1, report.FalsePain);
        Assert.Equal(2, report.MaybePainAnswers);
    }

    [Fact]
    public void Answering_ready_to_a_pain_report_is_a_missed_pain_and_a_false_ready()
    {
        var report = CorpusEvaluator.Evaluate(new FixedRecognizer(Intent.Ready), [Case("pain"), Case("stop")]);
        Assert.Equal(0.0, report.PainRecall);
        Assert.Equal(2, report.FalseReady);
        Assert.Equal(2, report.Misses.Count);
    }

    [Fact]
    public void Corpus_line_with_unknown_context_is_malformed_and_comments_are_skipped()
    {
        Assert.Equal(CorpusReader.LineKind.Malformed, CorpusReader.ParseLine("kitchen\thello", "t", out _));
        Assert.Equal(CorpusReader.LineKind.Skipped, CorpusReader.ParseLine("# ready\tready\tready", "t", out _));
        Assert.Equal(CorpusReader.LineKind.Case, CorpusReader.ParseLine("PainKind\tsharp\tsharp\textra", "t", out var c));
        Assert.Equal(PromptContext.PainKind, c!.Context);
        Assert.Equal("sharp", c.Expected);
    }
}
