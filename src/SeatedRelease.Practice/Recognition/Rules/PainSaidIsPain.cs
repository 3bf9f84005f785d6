namespace SeatedRelease.Practice.Recognition.Rules;

/// <summary>A pain said plainly is pain. "does this help my back pain" asks about the practice while naming pain in the clause that asks: the bot asks rather than guesses.</summary>
internal sealed class PainSaidIsPain : IMatchRule
{
    public MatchState? Apply(MatchEvidence evidence, MatchState state)
    {
        if (evidence.PainClause < 0)
        {
            return null;
        }
        return state.TopicClause == evidence.PainClause ? state.Without(Intent.Question) with { MaybePain = true } : state.With(Intent.Pain);
    }
}
