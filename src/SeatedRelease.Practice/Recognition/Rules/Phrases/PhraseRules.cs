namespace SeatedRelease.Practice.Recognition.Rules;

/// <summary>
/// The readings of a phrase where it was found, in the one order that gives them their meaning: the first rule with a
/// reading claims the phrase. Negation first, then what makes a phrase someone else's or part of another sentence,
/// then what the phrase itself says; a phrase no rule claims is said as itself.
/// </summary>
internal static class PhraseRules
{
    public static IReadOnlyList<IPhraseRule> Ordered { get; } =
    [
        new NegatedPhraseRule(),
        new ConditionAskedRule(),
        new CommandInSentenceRule(),
        new CommandAfterProgressRule(),
        new CommandOfActivityRule(),
        new ReadyOfSomethingElseRule(),
        new BackchannelWhileThinkingRule(),
        new GoAheadWithdrawnRule(),
        new NoBeforeDeniedPainRule(),
        new SomeoneElsesNoiseRule(),
        new ConversationNotBodyRule(),
        new PainCorrectedRule(),
        new PainPhraseRule(),
        new QuestionTopicRule(),
        new YesTurnedAroundRule(),
        new ConditionOverRule(),
        new WholeSessionRule(),
        new MinorFeelingRule(),
        new MildStateWordRule(),
        new SaidThingRule(),
        new UnlessAnsweredRule(),
    ];

    public static PhraseReading Read(ref PhraseSite site)
    {
        foreach (var rule in Ordered)
        {
            if (rule.Read(ref site) is { } reading)
            {
                return reading;
            }
        }
        return PhraseReading.Said;
    }
}
