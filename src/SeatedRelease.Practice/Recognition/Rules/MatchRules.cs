namespace SeatedRelease.Practice.Recognition.Rules;

/// <summary>
/// The rules that turn the phrase scan's evidence into one answer, in the one order that gives them their meaning: each
/// sees the answer as the rules before it left it. Read top to bottom:
/// <list type="number">
/// <item>what the phrases found is weighed against the rest of the sentence (a caveat, a minor feeling, a finish, a topic);</item>
/// <item>pain said, possible or denied, is added, so nothing before can hide it;</item>
/// <item>at the pain-kind prompt, the pictures and paths of a pain decide its kind;</item>
/// <item>last, an answer that moves on with a caveat nobody understood, or nothing understood about the body, is asked about.</item>
/// </list>
/// </summary>
internal static class MatchRules
{
    public static IReadOnlyList<IMatchRule> Ordered { get; } =
    [
        new LooseSensationAsks(),
        new PastConditionAnswersNo(),
        new UnlessAnsweredCounts(),
        new StretchFeltGoesOn(),
        new MildStateAsks(),
        new MinorFeelingAsks(),
        new SaidThingAsksHelp(),
        new MovingOnIsReady(),
        new NextCueIsReady(),
        new GivingUpStops(),
        new OwnActivityStops(),
        new ConditionQuestionAsks(),
        new PoliteRequestIsRequest(),
        new PainSaidIsPain(),
        new MaybePainAsks(),
        new EverydayConditionIsYes(),
        new NegatedPainAnswers(),
        new CrySoundAsks(),
        new PictureOfPainIsSharp(),
        new TravellingPainIsPain(),
        new PainPathIsSharp(),
        new ReadyNowOutweighsPause(),
        new UnsureKindAsksAgain(),
        new UnsureKindWithBodyIsPain(),
        new UnknownAfterCaveatAsks(),
        new BodyCaveatAsks(),
        new BodyMentionedAsks(),
    ];

    public static Recognition Decide(MatchEvidence evidence) => Decide(evidence, Ordered);

    /// <summary>Runs <paramref name="rules"/> in order over the evidence; the strongest intent left is the answer.</summary>
    public static Recognition Decide(MatchEvidence evidence, IReadOnlyList<IMatchRule> rules)
    {
        var state = new MatchState(evidence.Said, evidence.MaybePain, evidence.Topic, evidence.TopicClause, evidence.GeneralTopic);
        foreach (var rule in rules)
        {
            state = rule.Apply(evidence, state) ?? state;
        }
        return state.Answer(evidence.Priority);
    }
}
