namespace SeatedRelease.Practice.Recognition.Rules;

/// <summary>A possible pain is asked about. Where the kind of pain is asked, pain is already known: "did you say it hurts?" would be a detour whose "no" resumes the movement, so a maybe is a pain report and the kind is asked again.</summary>
internal sealed class MaybePainAsks : IMatchRule
{
    public MatchState? Apply(MatchEvidence evidence, MatchState state) =>
        state.MaybePain ? state.With(evidence.AsksPainKind ? Intent.Pain : Intent.MaybePain) : null;
}
