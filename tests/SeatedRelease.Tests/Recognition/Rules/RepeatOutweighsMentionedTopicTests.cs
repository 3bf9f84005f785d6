using SeatedRelease.Practice.Recognition;
using SeatedRelease.Practice.Recognition.Rules;
using static SeatedRelease.Tests.Recognition.Rules.RuleEvidence;

namespace SeatedRelease.Tests.Recognition.Rules;

public sealed class RepeatOutweighsMentionedTopicTests
{
    private readonly RepeatOutweighsMentionedTopic _rule = new();

    [Fact]
    public void A_repeat_outweighs_a_topic_only_mentioned()
    {
        var state = Holding(Intent.Repeat, Intent.Question) with { Topic = "socks", TopicClause = 0 };
        var after = _rule.Apply(Ready, state);
        Assert.Equal([Intent.Repeat], Intents(after));
        Assert.Null(after?.Topic);
    }

    [Fact]
    public void A_topic_asked_by_its_own_question_word_stays_a_question()
    {
        var state = Holding(Intent.Repeat, Intent.Question) with { Topic = "socks", TopicClause = 0 };
        Assert.Null(_rule.Apply(Ready with { TopicSelfCued = true }, state));
    }
}
