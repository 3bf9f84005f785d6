namespace SeatedRelease.Practice.Recognition.Rules;

/// <summary>"it moved into my lower back, I can't tell what kind": where it hurts, but no kind, is a pain report.</summary>
internal sealed class UnsureKindWithBodyIsPain : IMatchRule
{
    public MatchState? Apply(MatchEvidence evidence, MatchState state) =>
        evidence.AsksPainKind && state.IsEmpty && evidence.UnsureOfKind && evidence.MentionsBody ? state.With(Intent.Pain) : null;
}
