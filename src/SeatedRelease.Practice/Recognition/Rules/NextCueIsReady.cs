namespace SeatedRelease.Practice.Recognition.Rules;

/// <summary>"what's next" said alone, or after a word of assent only: every writer meant "go on". A finish denied or asked about ("not done with that, what's next", "are we done, what's next"), or words after it nothing else understood ("what's next, is it the left leg"), keep what the phrase meant.</summary>
internal sealed class NextCueIsReady : IMatchRule
{
    public MatchState? Apply(MatchEvidence evidence, MatchState state)
    {
        if (!evidence.AskedNext || state.MaybePain)
        {
            return null;
        }
        if (evidence.FinishDeniedOrAsked || (state.IsEmpty && evidence.WordsAfterNext))
        {
            return evidence.NextIntent is { } meant ? state.With(meant) : null;
        }
        return state.IsEmpty ? state.With(Intent.Ready) : null;
    }
}
