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

    /// <summary>One train line left out of its fold: the rules' answer (after the pain detector) and the classifier's verdict
    /// from a model trained on the other folds.</summary>
    /// <param name="Case">The line.</param>
    /// <param name="Ruled">The rules' answer.</param>
    /// <param name="Verdict">The classifier's verdict.</param>
    public sealed record Prediction(CorpusCase Case, Recognition Ruled, ClassifierVerdict Verdict);

    /// <summary>The thresholds tried for a proposed ready or yes (the margin is <see cref="ProposalMargin"/>).</summary>
    public static readonly double[] ProposalThresholds = [0.9, 0.95, 0.97, 0.99];

    /// <summary>The margin a proposed ready or yes is tried with.</summary>
    public const double ProposalMargin = 0.9;

    /// <summary>The composite at one fallback setting with the proposal gate closed and at each proposal threshold.</summary>
    /// <param name="Proposal">The proposal numbers, or null for the gate closed.</param>
    /// <param name="Composite">The composite's figures.</param>
    /// <param name="Taken">Proposals the gate took.</param>
    /// <param name="TakenRight">Of those, right.</param>
    /// <param name="TakenWrong">The lines the gate took wrongly: prompt, utterance and expected label.</param>
    public sealed record ProposalRow(FallbackPolicy? Proposal, EvaluationFigures Composite, int Taken, int TakenRight, IReadOnlyList<string> TakenWrong);

    /// <summary>The cross-validated composite, gate closed and at each proposal threshold, over one fallback setting.</summary>
    public static List<ProposalRow> Proposals(IReadOnlyList<Prediction> predicted, LexiconRecognizer rules, PainDetector pain, FallbackPolicy fallback)
    {
        var rows = new List<ProposalRow>();
        foreach (var trust in ProposalThresholds.Select(t => (FallbackPolicy?)new FallbackPolicy(t, ProposalMargin)).Prepend(null))
        {
            var gate = ProposalGate.Over(trust, rules, pain);
            var answers = predicted.Select(p =>
            {
                var combined = CompositeRecognizer.Combine(p.Case.Context, p.Ruled, p.Verdict, fallback);
                return (p.Case, Answer: CompositeRecognizer.Settled(p.Ruled) ? combined : gate.Decide(p.Case.Context, combined, p.Verdict, p.Case.Utterance), Combined: combined);
            }).ToList();
            var taken = answers.Where(a => a.Answer.Intent != a.Combined.Intent).ToList();
            var wrong = taken.Where(a => a.Answer.Label != a.Case.Expected).Select(a => $"{a.Case.Context}\t{a.Case.Utterance}\texpected {a.Case.Expected}, took {a.Answer.Label}").ToList();
            rows.Add(new ProposalRow(trust, Score(answers.Select(a => (a.Case, a.Answer))), taken.Count, taken.Count - wrong.Count, wrong));
        }
        return rows;
    }

    /// <summary>The table of <see cref="Proposals"/> the train verb prints.</summary>
    public static string FormatProposals(List<ProposalRow> rows)
    {
        var text = new StringBuilder("proposal threshold margin | composite: accuracy pain-recall false-pain false-ready | taken right\n");
        foreach (var row in rows)
        {
            var numbers = row.Proposal is { } p ? string.Create(CultureInfo.InvariantCulture, $"{p.ConfidenceThreshold,18:0.00} {p.AmbiguityMargin,6:0.00}") : "       gate closed       ";
            text.AppendLine(CultureInfo.InvariantCulture, $"{numbers} | {Figures(row.Composite)} | {row.Taken,5} {row.TakenRight,5}");
            foreach (var line in row.TakenWrong) text.AppendLine(CultureInfo.InvariantCulture, $"    wrong: {line}");
        }
        return text.ToString();
    }

    /// <summary>The thresholds tried for the classifier naming a request or a question (<see cref="FallbackPolicy.RequestThreshold"/>).</summary>
    public static readonly double[] RequestThresholds = [0.5, 0.6, 0.7, 0.8, 0.9];

    /// <summary>
    /// The cross-validated composite at each request threshold over one fallback setting: how many answers the lower
    /// threshold changed (a request or a question named where the rules read nothing) and how many of those are right.
    /// </summary>
    public static string RequestNaming(IReadOnlyList<Prediction> predicted, FallbackPolicy fallback)
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder("request threshold | composite: accuracy pain-recall false-pain false-ready | named right\n");
        var before = predicted.Select(p => CompositeRecognizer.Combine(p.Case.Context, p.Ruled, p.Verdict, fallback)).ToList();
        foreach (var threshold in RequestThresholds)
        {
            var policy = fallback with { RequestThreshold = threshold };
            var answers = predicted.Select(p => (p.Case, Answer: CompositeRecognizer.Combine(p.Case.Context, p.Ruled, p.Verdict, policy))).ToList();
            var named = answers.Where((a, i) => a.Answer.Intent != before[i].Intent).ToList();
            text.AppendLine(c, $"{threshold,17:0.00} | {Figures(Score(answers))} | {named.Count,5} {named.Count(a => a.Answer.Label == a.Case.Expected),5}");
        }
        return text.ToString();
    }

    /// <summary>The thresholds tried for the classifier's pain raising a maybe-pain to pain.</summary>
    public static readonly double[] PainThresholds = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95];

    /// <summary>
    /// The cross-validated composite with the classifier's pain raising the rules' maybe-pain to pain at each threshold
    /// (<see cref="CompositeRecognizer.RaisesMaybePain"/>), and, for comparison, raising any answer outside pain too.
    /// </summary>
    public static string PainRaise(IReadOnlyList<Prediction> predicted, LexiconRecognizer rules, PainDetector pain, FallbackPolicy fallback)
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder("pain threshold raises    | accuracy strict-pain-recall false-pain false-ready | raised right\n");
        foreach (var (threshold, anyAnswer) in PainThresholds.SelectMany(t => new[] { ((double?)t, false), (t, true) }).Prepend((null, false)))
        {
            var answers = predicted.Select(p =>
            {
                var combined = CompositeRecognizer.Combine(p.Case.Context, p.Ruled, p.Verdict, fallback);
                var raise = p.Case.Context != PromptContext.PainKind && CompositeRecognizer.RaisesMaybePain(p.Verdict, threshold)
                    && (p.Ruled.Intent == Intent.MaybePain || (anyAnswer && !CompositeRecognizer.IsPainFamily(p.Ruled.Intent)))
                    && !CompositeRecognizer.EngineReadsFurther(rules, pain, p.Case.Context, p.Case.Utterance);
                return (p.Case, Answer: raise ? new Recognition(Intent.Pain) : combined, Raised: raise && combined.Intent != Intent.Pain);
            }).ToList();
            var report = CorpusEvaluator.Evaluate(new Replay(answers.Select(a => (a.Case, a.Answer)).ToList()), answers.Select(a => a.Case).ToList());
            var raised = answers.Count(a => a.Raised);
            var right = answers.Count(a => a.Raised && a.Case.Expected == "pain");
            var name = threshold is { } t ? string.Create(c, $"{t:0.00} {(anyAnswer ? "any answer" : "maybe-pain")}") : "off";
            text.AppendLine(c, $"{name,-24} | {Percent(report.Correct, report.Total)} {Percent(report.StrictPainCaught, report.PainExpected)} {Percent(report.FalsePain, report.NonPainExpected)} {Percent(report.FalseReady, report.NotReadyExpected)} | {raised,5} {right,5}");
        }
        return text.ToString();
    }

    /// <summary>The thresholds tried for the classifier naming a pain of no kind mild at the pain-kind prompt.</summary>
    public static readonly double[] MildThresholds = [0.9, 0.95, 0.98, 0.99, 0.995];

    /// <summary>
    /// At the pain-kind prompt, the pains of a kind not yet known that the classifier would name mild at each threshold
    /// (<see cref="CompositeRecognizer.NamesMild"/>): how many, how many labelled mild, and how many labelled sharp or
    /// pain, which would be lowered.
    /// </summary>
    public static string MildNaming(IReadOnlyList<Prediction> predicted, PainDetector pain)
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder("mild threshold | named mild: all labelled-mild labelled-sharp labelled-pain other\n");
        foreach (var threshold in MildThresholds)
        {
            // An answer the rules left unknown is pain of a kind not yet known once the classifier reads it as pain of any kind.
            var named = predicted.Where(p => CompositeRecognizer.NamesMild(p.Case.Context, p.Ruled.Intent == Intent.Unknown ? new Recognition(Intent.Pain) : p.Ruled, pain, p.Case.Utterance, threshold)
                && CompositeRecognizer.SureOfMild(p.Verdict, threshold)).ToList();
            int Labelled(string label) => named.Count(p => p.Case.Expected == label);
            text.AppendLine(c, $"{threshold,14:0.000} | {named.Count,5} {Labelled("mild"),5} {Labelled("sharp"),5} {Labelled("pain"),5} {named.Count - Labelled("mild") - Labelled("sharp") - Labelled("pain"),5}");
        }
        return text.ToString();
    }

    /// <summary>
    /// Splits the train files into folds by file, trains a model on all but one fold and predicts every line of the fold
    /// left out (lines the training folds also hold are left out). Each table of this class is scored on these.
    /// </summary>
    public static List<Prediction> Predict(CorpusSplit split, LexiconRecognizer rules, PainDetector pain, int folds)
    {
        var predicted = new List<Prediction>();
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
                predicted.Add(new Prediction(c, pain.Escalate(c.Context, rules.Recognize(c.Context, c.Utterance), c.Utterance), classifier.Classify(c.Context, c.Utterance)));
            }
        }
        return predicted;
    }

    /// <summary>Every setting's figures over the predictions of <see cref="Predict"/>.</summary>
    public static List<Row> Run(IReadOnlyList<Prediction> predicted)
    {
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
