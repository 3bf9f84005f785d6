namespace SeatedRelease.Practice.Recognition.Rules;

/// <summary>"no pain" answers the prompt as the prompt means it (no, or mild); an explicit answer wins over it: "yes, though it isn't sore these days" is yes.</summary>
internal sealed class NegatedPainAnswers : IMatchRule
{
    public MatchState? Apply(MatchEvidence evidence, MatchState state) =>
        evidence.NegatedPain && evidence.PainClause < 0 && evidence.NegatedPainMeaning is { } meaning && !state.HasAny(evidence.Answers)
            ? state.With(meaning)
            : null;
}
