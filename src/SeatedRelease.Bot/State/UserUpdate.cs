using SeatedRelease.Practice.Engine;

namespace SeatedRelease.Bot.State;

/// <summary>
/// Folds one turn's practice into the user's record. Idempotent: applying it again to a re-read record
/// (after a conflict, or on the next turn after a failure) gives the same result, so nothing is doubled.
/// </summary>
internal static class UserUpdate
{
    public static void Apply(UserRecord user, string practiceKey, PracticeState practice)
    {
        if (practice.Pending == PendingQuestion.None) user.Pace = practice.Pace;
        if (!user.ConversationKeys.Contains(practiceKey))
        {
            user.ConversationKeys.Add(practiceKey);
            if (user.ConversationKeys.Count > UserRecord.MaxConversations) user.ConversationKeys.RemoveAt(0);
        }
        if (practice.SessionId.Length == 0) return;

        if (practice.Ended || practice.Notes.Count > 0 || practice.RepsDone.Sum() > 0)
        {
            var entry = PastPractice.Of(practice);
            var at = user.History.FindIndex(p => p.SessionId == practice.SessionId);
            if (at >= 0) user.History[at] = entry;
            else user.History.Add(entry);
            if (user.History.Count > UserRecord.MaxPractices) user.History.RemoveAt(0);
        }

        var inProgress = practice.StepId is not null && !practice.Ended && practice.Pending == PendingQuestion.None;
        if (inProgress)
        {
            user.UnfinishedKey = practiceKey;
            user.UnfinishedSessionId = practice.SessionId;
            user.UnfinishedAt = practice.UpdatedAt;
        }
        else if (user.UnfinishedSessionId == practice.SessionId && practice.Ended)
        {
            user.UnfinishedKey = null;
            user.UnfinishedSessionId = null;
            user.UnfinishedAt = null;
        }
    }
}
