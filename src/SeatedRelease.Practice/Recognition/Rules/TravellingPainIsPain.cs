namespace SeatedRelease.Practice.Recognition.Rules;

/// <summary>"it goes all the way down to my calf" is pain spreading: the red flag of the pain-kind prompt whatever mild word is beside it, and pain elsewhere. A listener who cannot tell the kind is asked again instead.</summary>
internal sealed class TravellingPainIsPain : IMatchRule
{
    public MatchState? Apply(MatchEvidence evidence, MatchState state) =>
        evidence.Travels && !(evidence.AsksPainKind && evidence.UnsureOfKind)
            ? state.With(evidence.AsksPainKind ? Intent.Sharp : Intent.Pain)
            : null;
}
