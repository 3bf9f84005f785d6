using SeatedRelease.Practice.Recognition.Rules;

namespace SeatedRelease.Tests.Recognition.Rules.Phrases;

public sealed class PhraseRulesTests
{
    [Fact]
    public void Every_phrase_rule_is_read_exactly_once_in_the_declared_order()
    {
        var declared = typeof(IPhraseRule).Assembly.GetTypes()
            .Where(t => typeof(IPhraseRule).IsAssignableFrom(t) && !t.IsInterface && !t.IsAbstract)
            .ToHashSet();
        var ordered = PhraseRules.Ordered.Select(r => r.GetType()).ToList();
        Assert.Equal(ordered.Count, ordered.Distinct().Count());
        Assert.Equal(declared.OrderBy(t => t.Name), ordered.OrderBy(t => t.Name));
    }

    [Fact]
    public void Negation_is_read_before_what_the_phrase_says()
    {
        var order = PhraseRules.Ordered.Select(r => r.GetType()).ToList();
        Assert.True(order.IndexOf(typeof(NegatedPhraseRule)) < order.IndexOf(typeof(PainPhraseRule)));
        Assert.True(order.IndexOf(typeof(SomeoneElsesNoiseRule)) < order.IndexOf(typeof(PainPhraseRule)));
    }
}
