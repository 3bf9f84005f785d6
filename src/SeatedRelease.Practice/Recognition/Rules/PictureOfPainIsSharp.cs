namespace SeatedRelease.Practice.Recognition.Rules;

/// <summary>At the pain-kind prompt a picture of the pain ("like a knife") or a sharp sensation word ("a zap") is no mild answer: calling a sharp pain mild is the costly mistake (it offers to go on), so it is sharp unless a kind was said. A picture of a mild state ("more like a pull", "like something tight") is that state, and the pain-kind reader gives its kind.</summary>
internal sealed class PictureOfPainIsSharp : IMatchRule
{
    private static readonly ulong Kinds = MatchState.Bits(Intent.Sharp, Intent.Mild);

    public MatchState? Apply(MatchEvidence evidence, MatchState state) =>
        evidence.AsksPainKind && !state.HasAny(Kinds) && ((evidence.PicturesPain && !evidence.MildState) || evidence.SharpSensation) ? state.With(Intent.Sharp) : null;
}
