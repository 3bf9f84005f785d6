namespace SeatedRelease.Practice.Recognition.Rules;

/// <summary>"ready but my knee is doing a funny thing": what a caveat says of the body, in words no list holds, may be pain, so a go-ahead beside it is asked about, whatever else was understood. "I no get pain but my knee dey swell": the no a denied pain gives is as unsure.</summary>
internal sealed class BodyCaveatAsks : IMatchRule
{
    public MatchState? Apply(MatchEvidence evidence, MatchState state)
    {
        if (!evidence.BodyCaveat || evidence.CaveatUnderstood)
        {
            return null;
        }
        var strongest = state.Strongest(evidence.Priority);
        bool unsure = strongest is Intent.Ready or Intent.More or Intent.Yes || (strongest == Intent.No && evidence.NegatedPain);
        return unsure ? MatchState.OnlyMaybePain : null;
    }
}
