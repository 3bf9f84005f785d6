namespace SeatedRelease.Practice.Recognition.Rules;

/// <summary>"stop moving" alone stops; "stop going so fast" asks for what is to change, and "stop barking" is said to someone else, so the practice goes on waiting.</summary>
internal sealed class OwnActivityStops : IMatchRule
{
    public MatchState? Apply(MatchEvidence evidence, MatchState state) =>
        evidence.ActivityCommand && evidence.OwnActivity && state.IsEmpty ? state.With(Intent.Stop) : null;
}
