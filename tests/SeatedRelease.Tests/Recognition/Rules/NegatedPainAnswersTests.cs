using SeatedRelease.Practice.Recognition;
using SeatedRelease.Practice.Recognition.Rules;
using static SeatedRelease.Tests.Recognition.Rules.RuleEvidence;

namespace SeatedRelease.Tests.Recognition.Rules;

public sealed class NegatedPainAnswersTests
{
    private readonly NegatedPainAnswers _rule = new();

    [Fact]
    public void No_pain_at_a_yes_no_question_is_no()
    {
        Assert.Equal([Intent.No], Intents(_rule.Apply(YesNo with { NegatedPain = true }, Holding())));
    }

    [Fact]
    public void No_pain_at_the_pain_kind_prompt_is_mild()
    {
        Assert.Equal([Intent.Mild], Intents(_rule.Apply(PainKind with { NegatedPain = true }, Holding())));
    }

    [Fact]
    public void An_explicit_answer_wins_over_a_denied_pain()
    {
        Assert.Null(_rule.Apply(YesNo with { NegatedPain = true }, Holding(Intent.Yes)));
    }

    [Fact]
    public void A_pain_denied_beside_a_pain_said_answers_nothing()
    {
        Assert.Null(_rule.Apply(YesNo with { NegatedPain = true, PainClause = 1 }, Holding()));
    }
}
