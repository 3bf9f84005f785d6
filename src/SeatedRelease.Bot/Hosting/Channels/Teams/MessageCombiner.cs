using System.Xml.Linq;
using Microsoft.Bot.Schema;

namespace SeatedRelease.Bot.Teams;

/// <summary>Joins consecutive messages of one turn so that the turn sends no more than a given number.</summary>
public static class MessageCombiner
{
    /// <summary>
    /// Returns at most <paramref name="limit"/> activities (never fewer than the non-message ones), in order.
    /// Messages are joined in even, consecutive runs; each run keeps the last message's input hint and suggested
    /// actions, so the prompt that waits for the listener is still last and still has its buttons.
    /// </summary>
    public static IReadOnlyList<Activity> Combine(IReadOnlyList<Activity> activities, int limit)
    {
        var messages = activities.Count(a => a.Type == ActivityTypes.Message);
        var others = activities.Count - messages;
        var groups = Math.Clamp(limit - others, 1, Math.Max(1, messages));
        if (messages <= groups) return activities;

        var result = new List<Activity>(others + groups);
        var run = new List<Activity>();
        var runsLeft = groups;
        var messagesLeft = messages;
        foreach (var activity in activities)
        {
            if (activity.Type != ActivityTypes.Message)
            {
                // A non-message (typing, end of conversation) closes the run before it: order is kept.
                if (run.Count > 0) Flush();
                result.Add(activity);
                continue;
            }
            run.Add(activity);
            if (run.Count >= (int)Math.Ceiling(messagesLeft / (double)runsLeft)) Flush();
        }
        if (run.Count > 0) Flush();
        return result;

        void Flush()
        {
            result.Add(Join(run));
            messagesLeft -= run.Count;
            runsLeft = Math.Max(1, runsLeft - 1);
            run = [];
        }
    }

    /// <summary>One message saying all of <paramref name="run"/>: the texts as paragraphs, the SSML bodies in one speak.</summary>
    public static Activity Join(IReadOnlyList<Activity> run)
    {
        if (run.Count == 1) return run[0];
        var last = run[^1];
        var joined = (Activity)Activity.CreateMessageActivity();
        joined.Text = string.Join("\n\n", run.Select(a => a.Text).Where(t => !string.IsNullOrEmpty(t)));
        joined.TextFormat = last.TextFormat;
        joined.Locale = last.Locale;
        joined.InputHint = last.InputHint;
        joined.SuggestedActions = last.SuggestedActions;
        joined.Speak = JoinSpeak(run.Select(a => a.Speak));
        return joined;
    }

    private static string? JoinSpeak(IEnumerable<string?> speaks)
    {
        XElement? first = null;
        foreach (var speak in speaks)
        {
            if (string.IsNullOrEmpty(speak)) continue;
            XElement root;
            try
            {
                root = XElement.Parse(speak);
            }
            catch (System.Xml.XmlException)
            {
                return null; // Teams never reads speak; a broken one is better dropped than passed on
            }
            if (first is null) first = root;
            else first.Add(root.Nodes());
        }
        return first?.ToString(SaveOptions.DisableFormatting);
    }
}
