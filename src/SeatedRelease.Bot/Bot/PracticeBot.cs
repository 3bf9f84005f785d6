using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SeatedRelease.Bot.Skill;
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
    // Teams: installing the app in personal chat adds the bot alone, which ActivityHandler never passes on.
    /// <inheritdoc />
    protected override Task OnConversationUpdateActivityAsync(ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        Teams.Greeting.IsPersonalInstall(turnContext.Activity)
            ? OnMembersAddedAsync(turnContext.Activity.MembersAdded, turnContext, cancellationToken)
            : base.OnConversationUpdateActivityAsync(turnContext, cancellationToken);

    /// <inheritdoc />
    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        if (!Teams.Greeting.ShouldGreet(membersAdded, turnContext.Activity)) return;
        await SendAsync(turnContext, await turns.RunAsync(turnContext.Activity, text: null, join: true, cancellationToken), cancellationToken);
    }

    /// <inheritdoc />
    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken) =>
        await SendAsync(turnContext, await turns.RunAsync(turnContext.Activity, turnContext.Activity.Text, join: false, cancellationToken), cancellationToken);

    // Skill: a parent bot may begin with an event, and cancels with an EndOfConversation.
    /// <inheritdoc />
    protected override async Task OnEventActivityAsync(ITurnContext<IEventActivity> turnContext, CancellationToken cancellationToken)
    {
        if (!SkillEnding.IsStartEvent(turnContext.Activity))
        {
            await base.OnEventActivityAsync(turnContext, cancellationToken);
            return;
        }
        await SendAsync(turnContext, await turns.RunAsync(turnContext.Activity, text: null, join: true, cancellationToken), cancellationToken);
    }

    /// <inheritdoc />
    protected override async Task OnEndOfConversationActivityAsync(ITurnContext<IEndOfConversationActivity> turnContext, CancellationToken cancellationToken) =>
        await turns.ApplyAsync(turnContext.Activity, (working, _, _) =>
        {
            working.CopyFrom(SkillEnding.Cancel(working));
            return Task.FromResult<Turn?>(new Turn());
        }, cancellationToken);

    private async Task SendAsync(ITurnContext turnContext, TurnResult? result, CancellationToken cancellationToken)
    {
        if (result is null) return;
        var expectReplies = turnContext.Activity.DeliveryMode == DeliveryModes.ExpectReplies;
        var activities = ActivityWriter.Write(renderer.Render(result.Turn), engine.Script.Language, allowDelays: speech.DelayActivities && !expectReplies);
        try
        {
            await turnContext.SendActivitiesAsync(activities.ToArray(), cancellationToken);
            await SkillEnding.SendIfEndedAsync(turnContext, result.Before, result.After, engine.Script.Legs, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The turn is saved with this reply already; a redelivery of the activity says it again.
            throw new ReplyNotDeliveredException(e);
        }
    }
}
