namespace SeatedRelease.Practice.Recognition.Rules;

/// <summary>At the pain-kind prompt a picture of the pain ("like a knife", "a zap") or a sharp sensation word is no mild answer: calling a sharp pain mild is the costly mistake (it offers to go on), so it is sharp unless a kind was said.</summary>
internal sealed class PictureOfPainIsSharp : IMatchRule
{
    private static readonly ulong Kinds = MatchState.Bits(Intent.Sharp, Intent.Mild);

    public MatchState? Apply(MatchEvidence evidence, MatchState state) =>
        evidence.AsksPainKind && !state.HasAny(Kinds) && (evidence.PicturesPain || evidence.SharpSensation) ? state.With(Intent.Sharp) : null;
}
