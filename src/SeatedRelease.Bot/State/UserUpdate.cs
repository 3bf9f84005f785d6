using SeatedRelease.Practice.Engine;

namespace SeatedRelease.Bot.State;

/// <summary>
/// Folds one turn's practice into the user's record. Idempotent: applying it again to a re-read record
/// (after a conflict, or on the next turn after a failure) gives the same result, so nothing is doubled.
/// Returns whether anything changed, so that most turns (a repetition, a pause) write nothing to the user.
/// A conversation pushed off the bounded list is put in <c>dropped</c>: its item must be erased with it, or
/// "delete my data" could no longer find it and the store would grow with every conversation.
/// </summary>
internal static class UserUpdate
{
    public static bool Apply(UserRecord user, string practiceKey, PracticeState practice, ICollection<string>? dropped = null)
    {
        var changed = false;
        if (practice.Pending == PendingQuestion.None && user.Pace != practice.Pace)
        {
            user.Pace = practice.Pace;
            changed = true;
        }
        if (!user.ConversationKeys.Contains(practiceKey))
        {
            user.ConversationKeys.Add(practiceKey);
            while (user.ConversationKeys.Count > UserRecord.MaxConversations)
            {
                dropped?.Add(user.ConversationKeys[0]);
                user.ConversationKeys.RemoveAt(0);
            }
            changed = true;
        }
        if (practice.SessionId.Length == 0) return changed;

        // The history keeps practices that ended or met a pain report; one that is still going is read from its own item.
        if (practice.Ended || practice.Notes.Count > 0)
        {
            var at = user.History.FindIndex(p => p.SessionId == practice.SessionId);
            if (at < 0 || !Same(user.History[at], practice))
            {
                var entry = PastPractice.Of(practice);
                if (at >= 0) user.History[at] = entry;
                else user.History.Add(entry);
                if (user.History.Count > UserRecord.MaxPractices) user.History.RemoveAt(0);
                changed = true;
            }
        }

        var inProgress = practice.StepId is not null && !practice.Ended && practice.Pending == PendingQuestion.None;
        if (inProgress && (user.UnfinishedKey != practiceKey || user.UnfinishedSessionId != practice.SessionId))
        {
            user.UnfinishedKey = practiceKey;
            user.UnfinishedSessionId = practice.SessionId;
            user.UnfinishedAt = practice.UpdatedAt;
            changed = true;
        }
        else if (practice.Ended && user.UnfinishedSessionId == practice.SessionId)
        {
            user.UnfinishedKey = null;
            user.UnfinishedSessionId = null;
            user.UnfinishedAt = null;
            changed = true;
        }
        return changed;
    }

    // What the history reads back: how it ended, the repetitions, and each note's kind and advice.
    private static bool Same(PastPractice kept, PracticeState practice) =>
        kept.Outcome == practice.Outcome
        && kept.RepsDone.SequenceEqual(practice.RepsDone)
        && kept.Notes.Count == practice.Notes.Count
        && kept.Notes.Zip(practice.Notes).All(p => p.First.SameAs(p.Second));
}
