namespace SeatedRelease.Practice.Recognition.Rules;

/// <summary>At the pain-kind prompt where the pain goes, said with no verb ("down the back of my thigh"), answers the kind, unless a kind was said ("a mild ache down my thigh") or the listener cannot tell.</summary>
internal sealed class PainPathIsSharp : IMatchRule
{
    private static readonly ulong Kinds = MatchState.Bits(Intent.Sharp, Intent.Mild);

    public MatchState? Apply(MatchEvidence evidence, MatchState state) =>
        evidence.AsksPainKind && !state.HasAny(Kinds) && evidence.NamesPath && !evidence.UnsureOfKind ? state.With(Intent.Sharp) : null;
}
