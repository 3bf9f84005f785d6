using Microsoft.ML;
using Microsoft.ML.Data;

namespace SeatedRelease.Practice.Recognition.Classifier;

/// <summary>The classifier's best two labels for one utterance, among the labels its prompt allows.</summary>
/// <param name="Best">The most probable label.</param>
/// <param name="BestProbability">Its probability, renormalised over the prompt's labels.</param>
/// <param name="Second">The next label.</param>
/// <param name="SecondProbability">Its probability.</param>
public readonly record struct ClassifierVerdict(string Best, float BestProbability, string Second, float SecondProbability);

/// <summary>
/// A trained intent model loaded from its file. Thread-safe: ML.NET's prediction engine is not, so each thread that
/// classifies keeps its own.
/// </summary>
public sealed class IntentClassifier
{
    /// <summary>The model's file name inside the dialogs folder.</summary>
    public const string FileName = "intent-model.zip";

    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly string[] _labels;
    private readonly bool[][] _allowed;
    // One engine per thread rather than a shared pool: under load a pool's take and give-back contend on its lock.
    private readonly ThreadLocal<PredictionEngine<ClassifierRow, ClassifierScores>> _engines;

    private IntentClassifier(MLContext ml, ITransformer model, string[] labels, Func<PromptContext, IReadOnlySet<string>> allowed)
    {
        _ml = ml;
        _model = model;
        _labels = labels;
        _allowed = Enum.GetValues<PromptContext>().Select(c => labels.Select(allowed(c).Contains).ToArray()).ToArray();
        _engines = new ThreadLocal<PredictionEngine<ClassifierRow, ClassifierScores>>(
            () => _ml.Model.CreatePredictionEngine<ClassifierRow, ClassifierScores>(_model));
    }

    /// <summary>The labels the model knows, in its score order.</summary>
    public IReadOnlyList<string> Labels => _labels;

    /// <summary>Loads a model file; <paramref name="allowed"/> gives the labels each prompt may answer with.</summary>
    /// <exception cref="InvalidOperationException">The file is not a model of this shape.</exception>
    public static IntentClassifier Load(string path, Func<PromptContext, IReadOnlySet<string>> allowed)
    {
        var ml = new MLContext(IntentTrainer.Seed);
        var model = ml.Model.Load(path, out var inputSchema);
        return FromModel(ml, model, inputSchema, allowed);
    }

    /// <summary>Wraps a model already in memory (as trained, or as loaded).</summary>
    public static IntentClassifier FromModel(MLContext ml, ITransformer model, DataViewSchema inputSchema, Func<PromptContext, IReadOnlySet<string>> allowed)
    {
        var output = model.GetOutputSchema(inputSchema);
        VBuffer<ReadOnlyMemory<char>> names = default;
        output["Score"].Annotations.GetValue("SlotNames", ref names);
        var labels = names.DenseValues().Select(n => n.ToString()).ToArray();
        if (labels.Length < 2)
        {
            throw new InvalidOperationException("the intent model names fewer than two labels");
        }
        return new IntentClassifier(ml, model, labels, allowed);
    }

    /// <summary>Classifies one utterance at a prompt.</summary>
    public ClassifierVerdict Classify(PromptContext context, string utterance)
    {
        var scores = _engines.Value!.Predict(ClassifierRow.Of(context, utterance)).Score;
        var allowed = _allowed[(int)context];
        int best = -1, second = -1;
        float total = 0;
        for (int i = 0; i < scores.Length; i++)
        {
            if (!allowed[i])
            {
                continue;
            }
            total += scores[i];
            if (best < 0 || scores[i] > scores[best])
            {
                second = best;
                best = i;
            }
            else if (second < 0 || scores[i] > scores[second])
            {
                second = i;
            }
        }
        if (best < 0 || total <= 0)
        {
            return new ClassifierVerdict("unknown", 0, "unknown", 0);
        }
        return second < 0
            ? new ClassifierVerdict(_labels[best], scores[best] / total, "unknown", 0)
            : new ClassifierVerdict(_labels[best], scores[best] / total, _labels[second], scores[second] / total);
    }
}
