using SeatedRelease.Practice.Recognition;
using SeatedRelease.Practice.Recognition.Rules;
using static SeatedRelease.Tests.Recognition.Rules.RuleEvidence;

namespace SeatedRelease.Tests.Recognition.Rules;

public sealed class PoliteRequestIsRequestTests
{
    private readonly PoliteRequestIsRequest _rule = new();

    [Fact]
    public void A_request_inside_a_general_question_is_the_request()
    {
        var state = Holding(Intent.Question, Intent.Pause) with { Topic = "practise", TopicClause = 0, GeneralTopic = true };
        Assert.Equal([Intent.Pause], Intents(_rule.Apply(Ready, state)));
    }

    [Fact]
    public void An_answer_inside_a_general_question_keeps_the_question()
    {
        var state = Holding(Intent.Question, Intent.Ready) with { Topic = "practise", TopicClause = 0, GeneralTopic = true };
        Assert.Null(_rule.Apply(Ready, state));
    }
}
