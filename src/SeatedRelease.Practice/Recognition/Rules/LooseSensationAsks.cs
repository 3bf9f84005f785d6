namespace SeatedRelease.Practice.Recognition.Rules;

/// <summary>"a sheepskin rug by the fire", "a hot floor": an everyday sensation said of no body part describes the room beside a surface answer; anywhere else the bot asks whether it hurts.</summary>
internal sealed class LooseSensationAsks : IMatchRule
{
    public MatchState? Apply(MatchEvidence evidence, MatchState state) =>
        evidence.LooseSensationClause >= 0 && (evidence.LooseSensationElsewhere || evidence.LooseSensationClause != evidence.SurfaceClause)
            ? state with { MaybePain = true }
            : null;
}
