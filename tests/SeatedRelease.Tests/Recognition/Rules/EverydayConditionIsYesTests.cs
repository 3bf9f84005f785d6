using SeatedRelease.Practice.Recognition;
using SeatedRelease.Practice.Recognition.Rules;
using static SeatedRelease.Tests.Recognition.Rules.RuleEvidence;

namespace SeatedRelease.Tests.Recognition.Rules;

public sealed class EverydayConditionIsYesTests
{
    private readonly EverydayConditionIsYes _rule = new();

    [Fact]
    public void A_condition_in_everyday_words_at_the_safety_question_is_yes()
    {
        Assert.Equal([Intent.Yes], Intents(_rule.Apply(YesNo with { NamesCondition = true }, Holding())));
    }

    [Fact]
    public void A_condition_named_at_the_ready_prompt_is_no_answer()
    {
        Assert.Null(_rule.Apply(Ready with { NamesCondition = true }, Holding()));
    }

    [Fact]
    public void A_condition_beside_pain_is_never_turned_into_yes()
    {
        Assert.Null(_rule.Apply(YesNo with { NamesCondition = true, PainClause = 0 }, Holding()));
        Assert.Null(_rule.Apply(YesNo with { NamesCondition = true }, Holding() with { MaybePain = true }));
    }
}
