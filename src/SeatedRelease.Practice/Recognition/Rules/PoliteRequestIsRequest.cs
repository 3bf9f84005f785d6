namespace SeatedRelease.Practice.Recognition.Rules;

/// <summary>"is it ok if we take a break": a request asked politely is the request. Only answers ("ok", "go ahead", "yes") are held inside a question whether to practise, which is then what was said.</summary>
internal sealed class PoliteRequestIsRequest : IMatchRule
{
    private static readonly ulong Held = MatchState.Bits(Intent.Question, Intent.Ready, Intent.More, Intent.Yes, Intent.No);

    public MatchState? Apply(MatchEvidence evidence, MatchState state) =>
        state.GeneralTopic && (state.Present & ~Held) != 0 ? state.WithoutQuestion() : null;
}
