namespace SeatedRelease.Practice.Recognition.Rules;

/// <summary>"ah, okay" opens with a sound that acknowledges; the same sound alone, or after the answer ("ready... ahhh"), may be pain, so the bot asks.</summary>
internal sealed class CrySoundAsks : IMatchRule
{
    public MatchState? Apply(MatchEvidence evidence, MatchState state) =>
        evidence.MaybeCry && !(evidence.CryOnlyInFront && !state.IsEmpty)
            ? state.With(evidence.AsksPainKind ? Intent.Pain : Intent.MaybePain) with { MaybePain = true }
            : null;
}
