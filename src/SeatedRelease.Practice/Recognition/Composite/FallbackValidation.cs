using System.Globalization;
using System.Text;
using Microsoft.ML;
using SeatedRelease.Practice.Recognition.Classifier;
using SeatedRelease.Practice.Recognition.Evaluation;

namespace SeatedRelease.Practice.Recognition.Composite;

/// <summary>
/// Measures the fallback numbers on training data only: the train files are split into folds by file (a file is one
/// writer or one pass, so a fold is like a new writer), a model is trained on the other folds, and every threshold and
/// margin of a grid is scored on the fold left out. Held-out files are never read here.
/// </summary>
public static class FallbackValidation
{
    /// <summary>The thresholds tried.</summary>
    public static readonly double[] Thresholds = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

    /// <summary>The margins tried.</summary>
    public static readonly double[] Margins = [0.0, 0.1, 0.2, 0.3, 0.4];

    /// <summary>One setting's figures over all folds.</summary>
    /// <param name="Policy">The setting.</param>
    /// <param name="Model">The classifier alone, untrusted answers unknown.</param>
    /// <param name="Composite">The composite.</param>
    /// <param name="Answered">Cases where the classifier alone gave a label other than unknown.</param>
    /// <param name="AnsweredRight">Of those, right: its precision where it answers.</param>
    public sealed record Row(FallbackPolicy Policy, EvaluationFigures Model, EvaluationFigures Composite, int Answered, int AnsweredRight);

    /// <summary>Runs the cross-validation and returns every setting's figures.</summary>
    public static List<Row> Run(CorpusSplit split, LexiconRecognizer rules, PainDetector pain, int folds)
    {
        var predicted = new List<(CorpusCase Case, Recognition Ruled, ClassifierVerdict Verdict)>();
        for (int fold = 0; fold < folds; fold++)
        {
            var trainSets = split.Train.Where((_, i) => i % folds != fold).SelectMany(s => s.Cases).ToList();
            var testSets = split.Train.Where((_, i) => i % folds == fold).SelectMany(s => s.Cases).ToList();
            // Lines the training folds also hold would measure memory, not the new-writer case this stands for.
            var seen = trainSets.Select(c => CorpusSplit.Normalise(c.Utterance)).ToHashSet(StringComparer.Ordinal);
            var ml = new MLContext(IntentTrainer.Seed);
            var model = IntentTrainer.Train(ml, trainSets, out var schema);
            var classifier = IntentClassifier.FromModel(ml, model, schema, rules.Labels);
            foreach (var c in testSets.Where(c => !seen.Contains(CorpusSplit.Normalise(c.Utterance))))
            {
                predicted.Add((c, pain.Escalate(c.Context, rules.Recognize(c.Context, c.Utterance), c.Utterance), classifier.Classify(c.Context, c.Utterance)));
            }
        }
        var rows = new List<Row>();
        foreach (var threshold in Thresholds)
        {
            foreach (var margin in Margins)
            {
                var policy = new FallbackPolicy(threshold, margin);
                var alone = predicted.Select(p => (p.Case, Answer: ClassifierRecognizer.Decide(p.Verdict, policy))).ToList();
                var answered = alone.Where(a => a.Answer.Intent != Intent.Unknown).ToList();
                int right = answered.Count(a => a.Answer.Label == a.Case.Expected || (a.Answer.Intent == Intent.MaybePain && a.Case.Expected == "pain"));
                var composite = Score(predicted.Select(p => (p.Case, CompositeRecognizer.Combine(p.Case.Context, p.Ruled, p.Verdict, policy))));
                rows.Add(new Row(policy, Score(alone), composite, answered.Count, right));
            }
        }
        return rows;
    }

    /// <summary>The table the train verb prints.</summary>
    public static string Format(List<Row> rows)
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder("threshold margin | model: accuracy pain-recall false-pain false-ready precision-where-it-answers | composite: accuracy pain-recall false-pain false-ready\n");
        foreach (var row in rows)
        {
            text.AppendLine(c, $"{row.Policy.ConfidenceThreshold,9:0.00} {row.Policy.AmbiguityMargin,6:0.00} | {Figures(row.Model)} {Percent(row.AnsweredRight, row.Answered)} | {Figures(row.Composite)}");
        }
        return text.ToString();
    }

    private static string Figures(EvaluationFigures f) => string.Create(CultureInfo.InvariantCulture,
        $"{Percent(f.Correct, f.Total)} {Percent(f.PainCaught, f.PainExpected)} {Percent(f.FalsePain, f.NonPainExpected)} {Percent(f.FalseReady, f.NotReadyExpected)}");

    private static string Percent(int part, int whole) => (whole == 0 ? 0 : 100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture).PadLeft(6) + "%";

    private static EvaluationFigures Score(IEnumerable<(CorpusCase Case, Recognition Answer)> answers) =>
        EvaluationFigures.Of(CorpusEvaluator.Evaluate(new Replay(answers.ToList()), answers.Select(a => a.Case).ToList()));

    // Answers already computed, handed back in order to the evaluator.
    private sealed class Replay(List<(CorpusCase Case, Recognition Answer)> answers) : IRecognizer
    {
        private int _next;

        public Recognition Recognize(PromptContext context, string utterance) => answers[_next++].Answer;
    }
}
