using SeatedRelease.Practice.Recognition.Classifier;

namespace SeatedRelease.Practice.Recognition.Composite;

/// <summary>
/// When the classifier's answer is not trusted, as Rasa's fallback does it: its best label is below
/// <see cref="ConfidenceThreshold"/>, or the second is within <see cref="AmbiguityMargin"/> of it.
/// </summary>
/// <param name="ConfidenceThreshold">Lowest probability of the best label that is taken.</param>
/// <param name="AmbiguityMargin">Smallest lead of the best label over the second that is taken.</param>
/// <param name="RequestThreshold">Lowest probability of the best label that is taken when it is a request or a question
/// and the rules read nothing (see <see cref="CompositeRecognizer.IsRequest"/>); null, the same as
/// <paramref name="ConfidenceThreshold"/>.</param>
public sealed record FallbackPolicy(double ConfidenceThreshold, double AmbiguityMargin, double? RequestThreshold = null)
{
    /// <summary>Whether the verdict is taken.</summary>
    public bool Trusts(ClassifierVerdict verdict) => Passes(verdict, ConfidenceThreshold);

    /// <summary>Whether the verdict is taken when it names a request or a question where the rules read nothing.</summary>
    public bool TrustsRequest(ClassifierVerdict verdict) => Passes(verdict, Math.Min(RequestThreshold ?? ConfidenceThreshold, ConfidenceThreshold));

    private bool Passes(ClassifierVerdict verdict, double threshold) =>
        verdict.BestProbability >= threshold && verdict.BestProbability - verdict.SecondProbability >= AmbiguityMargin;
}
