using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SeatedRelease.Bot.State;
using SeatedRelease.Practice.Engine;
using SeatedRelease.Practice.Rendering;

namespace SeatedRelease.Bot.Bot;

/// <summary>The practice as a Bot Framework bot: one turn of the engine per activity, then the rendered replies.</summary>
public sealed class PracticeBot(
    PracticeTurns turns,
    PracticeEngine engine,
    SsmlRenderer renderer,
    SpeechOptions speech) : ActivityHandler
{
    /// <inheritdoc />
    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        if (!membersAdded.Any(m => m.Id != turnContext.Activity.Recipient?.Id)) return;
        var turn = await turns.RunAsync(turnContext.Activity, text: null, join: true, cancellationToken);
        if (turn is not null) await SendAsync(turnContext, turn, cancellationToken);
    }

    /// <inheritdoc />
    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var turn = await turns.RunAsync(turnContext.Activity, turnContext.Activity.Text, join: false, cancellationToken);
        if (turn is not null) await SendAsync(turnContext, turn, cancellationToken);
    }

    private async Task SendAsync(ITurnContext turnContext, Turn turn, CancellationToken cancellationToken)
    {
        var expectReplies = turnContext.Activity.DeliveryMode == DeliveryModes.ExpectReplies;
        var activities = ActivityWriter.Write(renderer.Render(turn), engine.Script.Language, allowDelays: speech.DelayActivities && !expectReplies);
        await turnContext.SendActivitiesAsync(activities.ToArray(), cancellationToken);
    }
}
