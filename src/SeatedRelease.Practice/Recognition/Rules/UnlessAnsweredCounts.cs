namespace SeatedRelease.Practice.Recognition.Rules;

/// <summary>"I'd rather start fresh" answers no; "yes, I have sciatica, start fresh" answers the question asked.</summary>
internal sealed class UnlessAnsweredCounts : IMatchRule
{
    public MatchState? Apply(MatchEvidence evidence, MatchState state) =>
        evidence.UnlessAnswered != 0 && !state.HasAny(evidence.Answers)
            ? state with { Present = state.Present | evidence.UnlessAnswered }
            : null;
}
