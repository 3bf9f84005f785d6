namespace SeatedRelease.Practice.Recognition.Rules;

/// <summary>Nothing understood, yet it speaks of the body ("my leg's on fire"): ask rather than re-prompt, because the phrasings of pain are more than any list holds. Not at the pain-kind prompt, where pain is already known, and not for a command to someone else, which names their doing ("stop licking my foot").</summary>
internal sealed class BodyMentionedAsks : IMatchRule
{
    public MatchState? Apply(MatchEvidence evidence, MatchState state) =>
        state.IsEmpty && !state.MaybePain && !evidence.NegatedPain && !(evidence.ActivityCommand && !evidence.OwnActivity)
        && !evidence.AsksPainKind && evidence.MentionsBody
            ? state with { MaybePain = true }
            : null;
}
