using SeatedRelease.Practice.Recognition.Evaluation;

namespace SeatedRelease.Tests.Recognition;

public sealed class EvaluationFiguresTests
{
    private static readonly EvaluationFigures Baseline = new(Correct: 380, Total: 400, PainCaught: 90, PainExpected: 90, FalsePain: 3, NonPainExpected: 310, FalseReady: 0, NotReadyExpected: 150);

    [Fact]
    public void A_printed_report_reads_back_as_the_same_figures()
    {
        string text = "== x: 400 cases\naccuracy ready     95.0%  (1/2)\naccuracy overall   95.0%  (380/400)\npain recall       100.0%  (90/90)\n"
            + "false pain          1.0%  (3/310)\nfalse ready         0.0%  (0/150)\nmaybe-pain answers 2\n";
        Assert.Equal(Baseline, EvaluationFigures.Parse(text));
    }

    [Fact]
    public void Accuracy_within_half_a_point_either_way_passes_and_beyond_it_fails()
    {
        Assert.Null(Baseline.Compare(Baseline with { Correct = 378 }));
        Assert.Null(Baseline.Compare(Baseline with { Correct = 382 }));
        Assert.Contains("accuracy", Baseline.Compare(Baseline with { Correct = 377 }));
        Assert.Contains("accuracy", Baseline.Compare(Baseline with { Correct = 383 }));
    }

    [Fact]
    public void One_missed_pain_or_one_more_false_ready_fails_at_once()
    {
        Assert.Contains("pain recall", Baseline.Compare(Baseline with { PainCaught = 89 }));
        Assert.Contains("false ready", Baseline.Compare(Baseline with { FalseReady = 1 }));
        Assert.Null(Baseline.Compare(Baseline with { FalsePain = 4 }));
        Assert.Contains("false pain", Baseline.Compare(Baseline with { FalsePain = 5 }));
    }

    [Fact]
    public void One_more_sharp_pain_read_as_mild_fails_at_once_and_the_count_reads_back()
    {
        Assert.Contains("sharp read as mild", Baseline.Compare(Baseline with { SharpReadAsMild = 1 }));
        Assert.Null((Baseline with { SharpReadAsMild = 2 }).Compare(Baseline with { SharpReadAsMild = 2 }));
        string text = "accuracy overall   95.0%  (380/400)\npain recall       100.0%  (90/90)\nsharp read as mild 2\n"
            + "false pain          1.0%  (3/310)\nfalse ready         0.0%  (0/150)\n";
        Assert.Equal(2, EvaluationFigures.Parse(text).SharpReadAsMild);
    }
}
