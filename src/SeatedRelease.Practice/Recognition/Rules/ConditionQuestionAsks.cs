namespace SeatedRelease.Practice.Recognition.Rules;

/// <summary>"will this help with neck pain" asks what the practice helps, naming a condition without reporting pain. Where questions are not answered (the surface and pain-kind prompts), the pain word stays a possible pain.</summary>
internal sealed class ConditionQuestionAsks : IMatchRule
{
    public MatchState? Apply(MatchEvidence evidence, MatchState state)
    {
        if (!evidence.AskedAboutCondition)
        {
            return null;
        }
        if (!evidence.AnswersQuestions)
        {
            return state with { MaybePain = true };
        }
        var asked = state.With(Intent.Question);
        return asked.Topic is null || asked.GeneralTopic
            ? asked with { Topic = evidence.ConditionTopic, TopicClause = evidence.ConditionClause, GeneralTopic = false }
            : asked;
    }
}
