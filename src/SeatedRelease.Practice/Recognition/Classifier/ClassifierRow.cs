using Microsoft.ML.Data;

namespace SeatedRelease.Practice.Recognition.Classifier;

/// <summary>One utterance as the classifier sees it, in training and in use alike.</summary>
public sealed class ClassifierRow
{
    /// <summary>The prompt's corpus name ("ready", "yesno", ...).</summary>
    public string Context { get; set; } = "";

    /// <summary>The utterance, normalised by <see cref="ClassifierText.Normalise"/>.</summary>
    public string Text { get; set; } = "";

    /// <summary>Each word of <see cref="Text"/> joined to the context ("painkind_fine"), so one word can mean one thing at one prompt and another elsewhere.</summary>
    public string ContextWords { get; set; } = "";

    /// <summary>The corpus label; empty in use.</summary>
    public string Label { get; set; } = "";

    /// <summary>Builds the row for an utterance at a prompt.</summary>
    public static ClassifierRow Of(PromptContext context, string utterance, string label = "")
    {
        string name = PromptContexts.Name(context);
        string text = ClassifierText.Normalise(utterance);
        string joined = text.Length == 0 ? name + "_" : name + "_" + text.Replace(" ", " " + name + "_", StringComparison.Ordinal);
        return new ClassifierRow { Context = name, Text = text, ContextWords = joined, Label = label };
    }
}

/// <summary>The classifier's output: one probability per label, in the order of the model's label slots.</summary>
public sealed class ClassifierScores
{
    /// <summary>Probabilities, summing to one.</summary>
    [ColumnName("Score")]
    public float[] Score { get; set; } = [];
}
