namespace SeatedRelease.Practice.Recognition;

/// <summary>Corpus labels ("maybe-pain", "ready") to intents and back.</summary>
public static class IntentLabels
{
    /// <summary>The intent a corpus label names.</summary>
    public static bool TryParse(string label, out Intent intent) =>
        Enum.TryParse(label.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out intent) && Enum.IsDefined(intent);

    /// <summary>The corpus label of an intent.</summary>
    public static string Label(Intent intent) => new Recognition(intent).Label;
}
