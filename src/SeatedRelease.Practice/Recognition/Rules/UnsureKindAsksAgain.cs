namespace SeatedRelease.Practice.Recognition.Rules;

/// <summary>"I don't know, it's sore": a listener unsure of the kind has not called it mild by naming the pain, so the kind is asked again; "not sure which, a dull ache" names it. Sharp is kept: calling a sharp pain anything else is the costly mistake.</summary>
internal sealed class UnsureKindAsksAgain : IMatchRule
{
    public MatchState? Apply(MatchEvidence evidence, MatchState state) =>
        evidence.AsksPainKind && state.Has(Intent.Mild) && !state.Has(Intent.Sharp) && evidence.UnsureOfKind && !evidence.NamedKind
            ? state.Replacing(Intent.Mild, Intent.Pain)
            : null;
}
