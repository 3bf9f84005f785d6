using System.Globalization;

namespace SeatedRelease.Practice.Engine;

/// <summary>Answers "how did I do last time" from the user's history: when, how it ended, repetitions, safety notes.</summary>
internal static class HistoryWriter
{
    public static void Say(StepContext context)
    {
        if (context.Memory.History is null)
        {
            context.Turn.NeedsHistory = true;
            return;
        }
        var last = LastPractice(context, context.Memory.History);
        if (last is null)
        {
            context.SayPhrase("historyNone");
            return;
        }
        context.SayPhrase("historyLast", ("when", When(context, last.UpdatedAt)));
        context.SayPhrase(last.Outcome switch
        {
            PracticeOutcome.Completed => "historyCompleted",
            PracticeOutcome.StoppedForPain => "historyStoppedForPain",
            PracticeOutcome.Stopped => "historyStopped",
            _ => "historyUnfinished",
        });
        SummaryWriter.SayLegsAndNotes(context, last.RepsDone, last.Notes);
    }

    // "Last time" is the newest practice other than the one still going on in this conversation.
    private static PastPractice? LastPractice(StepContext context, IReadOnlyList<PastPractice> history)
    {
        var state = context.State;
        var current = state.StepId is not null && !state.Ended ? state.SessionId : null;
        return history
            .Where(p => p.SessionId != current && (p.Outcome != PracticeOutcome.InProgress || p.Notes.Count > 0))
            .MaxBy(p => p.UpdatedAt);
    }

    private static string When(StepContext context, DateTimeOffset at)
    {
        var today = context.Now.UtcDateTime.Date;
        var day = at.UtcDateTime.Date;
        if (day == today) return context.Script.Phrase("historyToday");
        if (day == today.AddDays(-1)) return context.Script.Phrase("historyYesterday");
        var culture = CultureInfo.GetCultureInfo(context.Script.Language);
        return Templates.Fill(context.Script.Phrase("historyOn"), new Dictionary<string, string>
        {
            ["date"] = at.UtcDateTime.ToString("dddd d MMMM", culture),
        });
    }
}
