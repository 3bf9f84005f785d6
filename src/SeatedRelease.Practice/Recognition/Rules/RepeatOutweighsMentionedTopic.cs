namespace SeatedRelease.Practice.Recognition.Rules;

/// <summary>"I had my eyes closed and missed that, say it once more": asking to hear it again is the request; a topic the sentence only mentions, asked about by no word of its own, does not turn it into a question.</summary>
internal sealed class RepeatOutweighsMentionedTopic : IMatchRule
{
    public MatchState? Apply(MatchEvidence evidence, MatchState state) =>
        state.Has(Intent.Repeat) && state.Topic is not null && !evidence.TopicSelfCued && !state.GeneralTopic ? state.WithoutQuestion() : null;
}
