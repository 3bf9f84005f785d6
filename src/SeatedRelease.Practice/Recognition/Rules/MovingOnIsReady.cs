namespace SeatedRelease.Practice.Recognition.Rules;

/// <summary>"done with that, what's next": moving on, not a question about how far along. "heel's in, what now" names no progress phrase and is moving on too.</summary>
internal sealed class MovingOnIsReady : IMatchRule
{
    public MatchState? Apply(MatchEvidence evidence, MatchState state) =>
        evidence.MovingOn && (state.Has(Intent.Progress) || state.IsEmpty) ? state.Replacing(Intent.Progress, Intent.Ready) : null;
}
