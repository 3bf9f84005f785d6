using SeatedRelease.Practice.Recognition;
using SeatedRelease.Practice.Recognition.Rules;
using static SeatedRelease.Tests.Recognition.Rules.RuleEvidence;

namespace SeatedRelease.Tests.Recognition.Rules;

public sealed class MatchRulesTests
{
    [Fact]
    public void Every_rule_runs_exactly_once_in_the_declared_order()
    {
        var declared = typeof(IMatchRule).Assembly.GetTypes()
            .Where(t => typeof(IMatchRule).IsAssignableFrom(t) && !t.IsInterface && !t.IsAbstract)
            .ToHashSet();
        var ordered = MatchRules.Ordered.Select(r => r.GetType()).ToList();
        Assert.Equal(ordered.Count, ordered.Distinct().Count());
        Assert.Equal(declared.OrderBy(t => t.Name), ordered.OrderBy(t => t.Name));
    }

    [Fact]
    public void The_strongest_intent_of_the_prompt_is_the_answer()
    {
        Assert.Equal(new Practice.Recognition.Recognition(Intent.Pause), MatchRules.Decide(Ready with { Said = MatchState.Bits(Intent.Ready, Intent.Pause) }));
    }

    [Fact]
    public void A_question_carries_its_topic()
    {
        var evidence = Ready with { Said = MatchState.Bit(Intent.Question), Topic = "socks", TopicClause = 0 };
        Assert.Equal(new Practice.Recognition.Recognition(Intent.Question, "socks"), MatchRules.Decide(evidence));
    }

    [Fact]
    public void A_possible_pain_never_falls_through_to_unknown_where_the_prompt_does_not_list_it()
    {
        var evidence = Ready with { Priority = [Intent.Ready], MaybePain = true };
        Assert.Equal(Intent.MaybePain, MatchRules.Decide(evidence).Intent);
    }

    [Fact]
    public void Nothing_found_is_unknown()
    {
        Assert.Equal(Intent.Unknown, MatchRules.Decide(Ready).Intent);
    }

    [Fact]
    public void A_pain_said_outranks_a_go_ahead_a_rule_before_it_gave()
    {
        // The moving-on rule turns "finished" into ready; the pain rule, later in the order, still wins.
        var evidence = Ready with { MovingOn = true, PainClause = 0 };
        Assert.Equal(Intent.Pain, MatchRules.Decide(evidence).Intent);
    }

    [Fact]
    public void Only_the_declared_rules_run()
    {
        var evidence = Ready with { GivingUp = true };
        Assert.Equal(Intent.Stop, MatchRules.Decide(evidence).Intent);
        Assert.Equal(Intent.Unknown, MatchRules.Decide(evidence, []).Intent);
    }
}
