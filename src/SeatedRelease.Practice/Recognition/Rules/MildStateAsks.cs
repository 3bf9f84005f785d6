namespace SeatedRelease.Practice.Recognition.Rules;

/// <summary>"ease up on the pace, I'm stiff today": a mild state beside a change of pace is its reason; alone ("I'm stiff") the bot asks whether it hurts.</summary>
internal sealed class MildStateAsks : IMatchRule
{
    private static readonly ulong Pace = MatchState.Bits(Intent.Slower, Intent.Faster, Intent.Pause);

    public MatchState? Apply(MatchEvidence evidence, MatchState state) =>
        evidence.MildState && !state.HasAny(Pace) && !StretchFeltGoesOn.Holds(evidence, state) ? state.With(Intent.MaybePain) : null;
}
