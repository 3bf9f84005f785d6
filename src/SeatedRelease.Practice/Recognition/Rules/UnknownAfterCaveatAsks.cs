namespace SeatedRelease.Practice.Recognition.Rules;

/// <summary>An answer that moves on must not carry away a caveat nobody understood ("ready but ..." and a word no list knows); "no pain" is understood.</summary>
internal sealed class UnknownAfterCaveatAsks : IMatchRule
{
    public MatchState? Apply(MatchEvidence evidence, MatchState state) =>
        state.Strongest(evidence.Priority) is Intent.Ready or Intent.More or Intent.Yes && !evidence.NegatedPain && evidence.UnknownAfterCaveat
            ? MatchState.OnlyMaybePain
            : null;
}
