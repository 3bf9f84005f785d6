using SeatedRelease.Practice.Recognition.Classifier;

namespace SeatedRelease.Practice.Recognition.Composite;

/// <summary>
/// When the classifier's answer is not trusted, as Rasa's fallback does it: its best label is below
/// <see cref="ConfidenceThreshold"/>, or the second is within <see cref="AmbiguityMargin"/> of it.
/// </summary>
/// <param name="ConfidenceThreshold">Lowest probability of the best label that is taken.</param>
/// <param name="AmbiguityMargin">Smallest lead of the best label over the second that is taken.</param>
public sealed record FallbackPolicy(double ConfidenceThreshold, double AmbiguityMargin)
{
    /// <summary>Whether the verdict is taken.</summary>
    public bool Trusts(ClassifierVerdict verdict) =>
        verdict.BestProbability >= ConfidenceThreshold && verdict.BestProbability - verdict.SecondProbability >= AmbiguityMargin;
}
