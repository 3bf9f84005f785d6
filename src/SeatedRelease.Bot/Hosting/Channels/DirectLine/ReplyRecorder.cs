using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace SeatedRelease.Bot.DirectLine;

/// <summary>
/// Takes the bot's outgoing activities of one turn into the conversation's log, honouring
/// "delay" activities as real silence, as the Bot Framework adapter itself does. When the
/// listener speaks during the turn, its next silence ends at once and the rest of the turn is not
/// recorded: a pain report in a rest is answered at once, and nothing after it tells them to move on.
/// </summary>
internal sealed class ReplyRecorder(ConversationLog log, TimeProvider clock, CancellationToken interrupted, CancellationToken cancellationToken)
{
    private const string DelayType = "delay";

    // A script's pause is seconds long; anything past this is a mistake, not a pause.
    private static readonly TimeSpan LongestDelay = TimeSpan.FromMinutes(1);

    private bool _stopped;

    public async Task<ResourceResponse[]> RecordAsync(
        ITurnContext turnContext,
        List<Activity> activities,
        Func<Task<ResourceResponse[]>> next)
    {
        var responses = new ResourceResponse[activities.Count];
        var sentVisible = false;
        for (var i = 0; i < activities.Count; i++)
        {
            var activity = activities[i];
            if (activity.Type == DelayType && !_stopped)
            {
                _stopped = !await PauseAsync(DelayOf(activity)).ConfigureAwait(false);
            }

            if (activity.Type == DelayType || _stopped)
            {
                responses[i] = new ResourceResponse(string.Empty);
                continue;
            }

            if (activity.Type == ActivityTypes.Trace)
            {
                // The adapter only delivers traces to the Emulator; Direct Line clients never see them.
                responses[i] = new ResourceResponse(string.Empty);
                continue;
            }

            activity.Timestamp = clock.GetUtcNow();
            activity.From ??= turnContext.Activity.Recipient;
            activity.From.Role ??= RoleTypes.Bot;
            responses[i] = new ResourceResponse(log.Append(activity));
            sentVisible = true;
        }

        if (sentVisible)
        {
            // TurnContext.Responded can only be set by the adapter sending something. A zero delay
            // is the one thing the adapter "sends" without any network call, so hand it just that.
            activities.Clear();
            activities.Add(new Activity { Type = DelayType, Value = 0 });
            await next().ConfigureAwait(false);
        }

        return responses;
    }

    // False when the listener spoke before or during the pause: it is over, and so is the turn.
    private async Task<bool> PauseAsync(TimeSpan delay)
    {
        using var either = CancellationTokenSource.CreateLinkedTokenSource(interrupted, cancellationToken);
        try
        {
            await Task.Delay(delay, clock, either.Token).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    private static TimeSpan DelayOf(Activity activity)
    {
        double milliseconds = activity.Value switch
        {
            null => 0,
            string text => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed : 0,
            IConvertible convertible => convertible.ToDouble(CultureInfo.InvariantCulture),
            _ => 0,
        };

        var delay = TimeSpan.FromMilliseconds(Math.Max(0, milliseconds));
        return delay > LongestDelay ? LongestDelay : delay;
    }
}
