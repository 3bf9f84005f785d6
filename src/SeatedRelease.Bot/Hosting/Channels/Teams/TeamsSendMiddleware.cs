using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;

namespace SeatedRelease.Bot.Teams;

/// <summary>
/// Shapes what a turn sends to Microsoft Teams: no delay activities (a turn must answer Teams within seconds, and
/// every rest already ends with a prompt to say ready), and messages combined when the turn would otherwise pass
/// Teams' per-conversation rate limits (waiting first if the conversation is already at them). Other channels are untouched.
/// </summary>
public sealed class TeamsSendMiddleware(TeamsRateWindow window) : Microsoft.Bot.Builder.IMiddleware
{
    /// <inheritdoc />
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.ChannelId == Channels.Msteams)
        {
            turnContext.OnSendActivities(async (context, activities, nextSend) =>
            {
                var conversationId = context.Activity.Conversation?.Id ?? "";
                var outgoing = activities.Where(a => a.Type != ActivityTypes.Delay).ToList();
                var room = await window.WaitForRoomAsync(conversationId, cancellationToken);
                var shaped = MessageCombiner.Combine(outgoing, room).ToList();
                window.Record(conversationId, shaped.Count(a => a.Type != ActivityTypes.Trace));
                activities.Clear();
                activities.AddRange(shaped);
                return await nextSend();
            });
        }
        await next(cancellationToken);
    }
}
