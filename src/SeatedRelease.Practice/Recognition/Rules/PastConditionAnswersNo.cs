namespace SeatedRelease.Practice.Recognition.Rules;

/// <summary>"I had a herniated disc years ago, but it does not bother me now": without an explicit yes, a condition said to be over answers no.</summary>
internal sealed class PastConditionAnswersNo : IMatchRule
{
    public MatchState? Apply(MatchEvidence evidence, MatchState state) =>
        evidence.PastConditionOver && !state.Has(Intent.Yes) ? state.With(Intent.No) : null;
}
