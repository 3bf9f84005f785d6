using SeatedRelease.Practice.Recognition;
using SeatedRelease.Practice.Recognition.Rules;
using static SeatedRelease.Tests.Recognition.Rules.RuleEvidence;

namespace SeatedRelease.Tests.Recognition.Rules;

public sealed class PainSaidIsPainTests
{
    private readonly PainSaidIsPain _rule = new();

    [Fact]
    public void Pain_said_plainly_is_pain()
    {
        Assert.Contains(Intent.Pain, Intents(_rule.Apply(Ready with { PainClause = 0 }, Holding(Intent.Ready))));
    }

    [Fact]
    public void Pain_named_in_the_clause_of_a_question_asks_rather_than_guesses()
    {
        var state = Holding(Intent.Question) with { Topic = "helps", TopicClause = 0 };
        var after = _rule.Apply(YesNo with { PainClause = 0 }, state);
        Assert.Empty(Intents(after));
        Assert.True(after?.MaybePain);
    }

    [Fact]
    public void No_pain_said_changes_nothing()
    {
        Assert.Null(_rule.Apply(Ready, Holding(Intent.Ready)));
    }
}
