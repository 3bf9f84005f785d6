namespace SeatedRelease.Practice.Recognition.Rules;

/// <summary>At the safety question "a dodgy knee" or "my back's a bit weak" names a condition in everyday words, which is the yes asked for; pain denied now keeps the condition ("a dodgy back but no pain" is yes). Only when nothing else was understood: pain said anywhere wins.</summary>
internal sealed class EverydayConditionIsYes : IMatchRule
{
    public MatchState? Apply(MatchEvidence evidence, MatchState state) =>
        state.IsEmpty && !state.MaybePain && evidence.PainClause < 0 && (evidence.Answers & MatchState.Bit(Intent.Yes)) != 0 && evidence.NamesCondition
            ? state.With(Intent.Yes)
            : null;
}
