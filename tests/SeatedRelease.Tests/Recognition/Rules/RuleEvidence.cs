using SeatedRelease.Practice.Recognition;
using SeatedRelease.Practice.Recognition.Rules;

namespace SeatedRelease.Tests.Recognition.Rules;

/// <summary>The prompts of dialogs/lexicon.yaml as the rules see them (add findings with <c>with</c>), and answers in the making.</summary>
internal static class RuleEvidence
{
    public static MatchEvidence Ready { get; } = new()
    {
        Priority = [Intent.Pain, Intent.MaybePain, Intent.Stop, Intent.Forget, Intent.History, Intent.Question, Intent.Progress, Intent.Help,
            Intent.Repeat, Intent.Pause, Intent.Slower, Intent.Faster, Intent.Enough, Intent.More, Intent.Ready],
    };

    public static MatchEvidence YesNo { get; } = new()
    {
        Priority = [Intent.Pain, Intent.MaybePain, Intent.Stop, Intent.History, Intent.Repeat, Intent.Question, Intent.Progress, Intent.Help,
            Intent.Pause, Intent.Slower, Intent.Faster, Intent.No, Intent.Yes, Intent.Forget],
        Answers = MatchState.Bits(Intent.Yes, Intent.No),
        NegatedPainMeaning = Intent.No,
        ConditionTopic = "helps",
    };

    public static MatchEvidence Surface { get; } = new()
    {
        Priority = [Intent.Pain, Intent.MaybePain, Intent.Stop, Intent.Forget, Intent.History, Intent.Repeat, Intent.Question, Intent.Progress,
            Intent.Help, Intent.Pause, Intent.Slower, Intent.Faster, Intent.Mat, Intent.Carpet, Intent.Hardwood, Intent.Furniture, Intent.Floor],
    };

    public static MatchEvidence PainKind { get; } = new()
    {
        Priority = [Intent.Sharp, Intent.Mild, Intent.Pain, Intent.MaybePain, Intent.Stop, Intent.Forget, Intent.History, Intent.Repeat,
            Intent.Progress, Intent.Help, Intent.Pause, Intent.Slower, Intent.Faster],
        NegatedPainMeaning = Intent.Mild,
    };

    /// <summary>An answer so far holding <paramref name="present"/>, with no pain in doubt and no topic.</summary>
    public static MatchState Holding(params Intent[] present) => new(MatchState.Bits(present), false, null, -1, false);

    /// <summary>The intents a rule's answer holds; a rule that did not apply fails the test.</summary>
    public static Intent[] Intents(MatchState? state) =>
        state is { } s ? [.. Enum.GetValues<Intent>().Where(s.Has)] : throw new Xunit.Sdk.XunitException("the rule did not apply");
}
