using SeatedRelease.Practice.Recognition;
using SeatedRelease.Practice.Recognition.Rules;
using static SeatedRelease.Tests.Recognition.Rules.RuleEvidence;

namespace SeatedRelease.Tests.Recognition.Rules;

public sealed class ConditionQuestionAsksTests
{
    private readonly ConditionQuestionAsks _rule = new();

    [Fact]
    public void Asking_what_the_practice_helps_is_a_question_about_the_condition()
    {
        var after = _rule.Apply(YesNo with { AskedAboutCondition = true, ConditionClause = 0 }, Holding());
        Assert.Equal([Intent.Question], Intents(after));
        Assert.Equal("helps", after?.Topic);
    }

    [Fact]
    public void A_more_precise_topic_already_asked_is_kept()
    {
        var state = Holding(Intent.Question) with { Topic = "socks", TopicClause = 1 };
        Assert.Equal("socks", _rule.Apply(YesNo with { AskedAboutCondition = true, ConditionClause = 0 }, state)?.Topic);
    }

    [Fact]
    public void Where_questions_are_not_answered_the_pain_word_may_be_pain()
    {
        Assert.True(_rule.Apply(PainKind with { AskedAboutCondition = true }, Holding())?.MaybePain);
    }
}
