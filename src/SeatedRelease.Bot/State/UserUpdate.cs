using SeatedRelease.Practice.Engine;

namespace SeatedRelease.Bot.State;

/// <summary>
/// Folds one turn's practice into the user's record. Idempotent: applying it again to a re-read record
/// (after a conflict, or on the next turn after a failure) gives the same result, so nothing is doubled.
/// Returns whether anything changed, so that most turns (a repetition, a pause) write nothing to the user.
/// A conversation or past practice pushed off its bounded list is put in <c>dropped</c>: its item must be erased with
/// it, or "delete my data" could no longer find it and the store would grow with every conversation.
/// </summary>
internal static class UserUpdate
{
    public static bool Apply(UserRecord user, string userKey, string practiceKey, PracticeState practice, ICollection<string>? dropped = null)
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
        if (practice.HeldUntil is { } held && (user.HeldUntil is null || user.HeldUntil < held))
        {
            user.HeldUntil = held;
            changed = true;
        }
        if (practice.SessionId.Length == 0) return changed;

        if (KeepsHistory(practice) && !user.HistoryIds.Contains(practice.SessionId))
        {
            user.HistoryIds.Add(practice.SessionId);
            while (user.HistoryIds.Count > UserRecord.MaxPractices)
            {
                dropped?.Add(StateKeys.History(userKey, user.HistoryIds[0]));
                user.HistoryIds.RemoveAt(0);
            }
            changed = true;
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

    /// <summary>
    /// The history keeps practices that ended or met a pain report; one that is still going is read from its own item.
    /// </summary>
    public static bool KeepsHistory(PracticeState practice) =>
        practice.SessionId.Length > 0 && (practice.Ended || practice.Notes.Count > 0);

    /// <summary>Whether a kept entry already says what the history would say of this practice.</summary>
    public static bool Same(PastPractice kept, PracticeState practice) =>
        kept.Outcome == practice.Outcome
        && kept.RepsDone.SequenceEqual(practice.RepsDone)
        && kept.Notes.Count == practice.Notes.Count
        && kept.Notes.Zip(practice.Notes).All(p => p.First.SameAs(p.Second));
}
