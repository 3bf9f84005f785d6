using SeatedRelease.Practice.Recognition.Classifier;

namespace SeatedRelease.Practice.Recognition.Composite;

/// <summary>The classifier alone, with the fallback policy and nothing else: only for measuring what it adds.</summary>
public sealed class ClassifierRecognizer(IntentClassifier classifier, FallbackPolicy fallback) : IRecognizer
{
    /// <inheritdoc />
    public Recognition Recognize(PromptContext context, string utterance) => Decide(classifier.Classify(context, utterance), fallback);

    /// <summary>The verdict's label when trusted, otherwise unknown.</summary>
    public static Recognition Decide(ClassifierVerdict verdict, FallbackPolicy fallback) =>
        fallback.Trusts(verdict) && IntentLabels.TryParse(verdict.Best, out var intent) ? new Recognition(intent) : new Recognition(Intent.Unknown);
}
