namespace SeatedRelease.Practice.Recognition.Rules;

/// <summary>"no back problems, just tight hamstrings": a feeling offered as minor beside an explicit answer qualifies the answer; said without one ("just tight") it is still asked about.</summary>
internal sealed class MinorFeelingAsks : IMatchRule
{
    public MatchState? Apply(MatchEvidence evidence, MatchState state) =>
        evidence.MinorMaybePain && !state.HasAny(evidence.Answers) && !StretchFeltGoesOn.Holds(evidence, state)
            ? state.With(Intent.MaybePain)
            : null;
}
