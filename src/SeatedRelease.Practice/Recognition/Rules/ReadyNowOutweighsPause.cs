namespace SeatedRelease.Practice.Recognition.Rules;

/// <summary>"I wasn't ready a second ago, but I am now": the later clause is what holds now.</summary>
internal sealed class ReadyNowOutweighsPause : IMatchRule
{
    public MatchState? Apply(MatchEvidence evidence, MatchState state) =>
        state.Has(Intent.Pause) && evidence.ReadyPrompt && evidence.ReadyNow ? state.Replacing(Intent.Pause, Intent.Ready) : null;
}
