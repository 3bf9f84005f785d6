using Microsoft.Bot.Schema;
using SeatedRelease.Practice.Rendering;

namespace SeatedRelease.Bot.Bot;

/// <summary>Turns rendered messages into Bot Framework activities.</summary>
public static class ActivityWriter
{
    /// <summary>
    /// One message activity per line; a delay activity carries silence longer than an SSML break may safely be.
    /// Under expectReplies nothing can arrive later, so delays are left out and the breaks alone pace the turn.
    /// </summary>
    public static IReadOnlyList<IActivity> Write(IReadOnlyList<RenderedMessage> messages, string locale, bool allowDelays)
    {
        var activities = new List<IActivity>(messages.Count * 2);
        foreach (var m in messages)
        {
            var activity = Activity.CreateMessageActivity();
            activity.Text = m.Text;
            activity.Speak = m.Speak;
            activity.TextFormat = TextFormatTypes.Plain;
            // The factory's empty lists mean the same as none, and would be written into every message of a turn.
            activity.Attachments = null;
            activity.Entities = null;
            activity.Locale = locale;
            activity.InputHint = m.InputHint switch
            {
                InputHint.ExpectingInput => InputHints.ExpectingInput,
                InputHint.IgnoringInput => InputHints.IgnoringInput,
                _ => InputHints.AcceptingInput,
            };
            if (m.Suggestions.Count > 0)
            {
                activity.SuggestedActions = new SuggestedActions
                {
                    Actions = m.Suggestions.Select(s => new CardAction(ActionTypes.ImBack, title: s, value: s)).ToList(),
                };
            }
            activities.Add(activity);
            if (allowDelays && m.SilenceAfter > TimeSpan.Zero)
            {
                activities.Add(new Activity { Type = ActivityTypes.Delay, Value = (int)m.SilenceAfter.TotalMilliseconds });
            }
        }
        return activities;
    }
}
