namespace SeatedRelease.Practice.Recognition.Rules;

/// <summary>"forget it, I'm done": giving up the practice, wherever it is said.</summary>
internal sealed class GivingUpStops : IMatchRule
{
    public MatchState? Apply(MatchEvidence evidence, MatchState state) =>
        evidence.GivingUp ? state.With(Intent.Stop) : null;
}
