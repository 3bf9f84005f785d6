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
    protected override Task OnConversationUpdateActivityAsync(ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        // A null in the member lists is nobody: ActivityHandler would read its id and throw.
        var update = turnContext.Activity;
        if (update.MembersAdded?.Contains(null!) == true) update.MembersAdded = update.MembersAdded.Where(m => m is not null).ToList();
        if (update.MembersRemoved?.Contains(null!) == true) update.MembersRemoved = update.MembersRemoved.Where(m => m is not null).ToList();
        return Teams.Greeting.IsPersonalInstall(update)
            ? OnMembersAddedAsync(update.MembersAdded ?? [], turnContext, cancellationToken)
            : base.OnConversationUpdateActivityAsync(turnContext, cancellationToken);
    }

    // The practice asks nothing that a channel would answer with an invoke (no cards, no sign-in), so there is
    // nothing to do; 200 tells the channel so, where ActivityHandler's 501 would show the listener an error.
    /// <inheritdoc />
    protected override async Task<InvokeResponse> OnInvokeActivityAsync(ITurnContext<IInvokeActivity> turnContext, CancellationToken cancellationToken)
    {
        var response = await base.OnInvokeActivityAsync(turnContext, cancellationToken);
        return response.Status == (int)System.Net.HttpStatusCode.NotImplemented ? new InvokeResponse { Status = (int)System.Net.HttpStatusCode.OK } : response;
    }

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
