namespace SeatedRelease.Practice.Recognition.Rules;

/// <summary>"my calves feel tight, no pain though, keep going": a tightness beside an explicit denial of pain and a go-ahead is the stretch being felt, so the go-ahead stands. "tight, carry on" with no denial still asks, and pain said anywhere ("tight and it hurts, carry on") is pain.</summary>
internal sealed class StretchFeltGoesOn : IMatchRule
{
    public MatchState? Apply(MatchEvidence evidence, MatchState state) =>
        Holds(evidence, state) ? state.Without(Intent.MaybePain) : null;

    public static bool Holds(MatchEvidence evidence, MatchState state) =>
        evidence.TightnessNamed && !evidence.OtherMaybePain && evidence.NegatedPain && evidence.PainClause < 0 && !state.MaybePain
        && state.HasAny(MatchState.Bits(Intent.Ready, Intent.More));
}
