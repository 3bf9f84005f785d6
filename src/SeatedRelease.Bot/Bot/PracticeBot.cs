using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SeatedRelease.Practice.Engine;
using SeatedRelease.Practice.Rendering;
using SeatedRelease.Bot.Skill;

namespace SeatedRelease.Bot.Bot;

/// <summary>The practice as a Bot Framework bot: reads state once, runs the engine, renders, writes state once.</summary>
public sealed class PracticeBot(
    PracticeEngine engine,
    SsmlRenderer renderer,
    SpeechOptions speech,
    ConversationState conversationState,
    UserState userState,
    ILogger<PracticeBot> logger) : ActivityHandler
{
    private readonly IStatePropertyAccessor<PracticeState> _practice = conversationState.CreateProperty<PracticeState>("practice");
    private readonly IStatePropertyAccessor<UserProfile> _profile = userState.CreateProperty<UserProfile>("profile");

    /// <inheritdoc />
    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await base.OnTurnAsync(turnContext, cancellationToken);
        await conversationState.SaveChangesAsync(turnContext, force: false, cancellationToken);
        await userState.SaveChangesAsync(turnContext, force: false, cancellationToken);
    }

    // Teams (issue 7): installing the app in personal chat adds the bot alone, which ActivityHandler never passes on.
    /// <inheritdoc />
    protected override Task OnConversationUpdateActivityAsync(ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        Teams.Greeting.IsPersonalInstall(turnContext.Activity)
            ? OnMembersAddedAsync(turnContext.Activity.MembersAdded, turnContext, cancellationToken)
            : base.OnConversationUpdateActivityAsync(turnContext, cancellationToken);

    /// <inheritdoc />
    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        if (!Teams.Greeting.ShouldGreet(membersAdded, turnContext.Activity)) return; // Teams personal install (issue 7)
        var state = await _practice.GetAsync(turnContext, () => new PracticeState(), cancellationToken);
        if (state.StepId is not null) return; // greeted already: some channels announce the user more than once
        await RunTurnAsync(turnContext, state, (s, ct) => engine.StartAsync(s, ct), cancellationToken);
    }

    /// <inheritdoc />
    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var state = await _practice.GetAsync(turnContext, () => new PracticeState(), cancellationToken);
        var text = turnContext.Activity.Text;
        await RunTurnAsync(turnContext, state, (s, ct) => engine.ReplyAsync(s, text, ct), cancellationToken);
    }

    // Skill (issue 7): a parent bot may begin with an event and cancels with an EndOfConversation.
    /// <inheritdoc />
    protected override Task OnEventActivityAsync(ITurnContext<IEventActivity> turnContext, CancellationToken cancellationToken) =>
        SkillEnding.IsStartEvent(turnContext.Activity) ? StartFromEventAsync(turnContext, cancellationToken) : base.OnEventActivityAsync(turnContext, cancellationToken);

    private async Task StartFromEventAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        await RunTurnAsync(turnContext, await _practice.GetAsync(turnContext, () => new PracticeState(), cancellationToken), (s, ct) => engine.StartAsync(s, ct), cancellationToken);

    /// <inheritdoc />
    protected override async Task OnEndOfConversationActivityAsync(ITurnContext<IEndOfConversationActivity> turnContext, CancellationToken cancellationToken) =>
        await _practice.SetAsync(turnContext, SkillEnding.Cancel(await _practice.GetAsync(turnContext, () => new PracticeState(), cancellationToken)), cancellationToken);
    // End of the skill hooks.

    private async Task RunTurnAsync(ITurnContext turnContext, PracticeState saved, Func<PracticeState, CancellationToken, Task<Turn>> run, CancellationToken cancellationToken)
    {
        var profile = await _profile.GetAsync(turnContext, () => new UserProfile(), cancellationToken);
        if (saved.StepId is null) saved.Pace = profile.Pace;

        // The engine works on a copy: if the turn fails, the saved position is still the one before it.
        var working = saved.Clone();
        Turn turn;
        try
        {
            turn = await run(working, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "A turn failed at step {StepId}; the position is kept.", saved.StepId);
            turn = engine.Apology(saved);
            await SendAsync(turnContext, turn, cancellationToken);
            return;
        }
        await _practice.SetAsync(turnContext, working, cancellationToken);
        profile.Pace = working.Pace;
        RecordHistory(profile, turnContext.Activity.Conversation?.Id ?? "", working);
        // Stores that keep plain JSON hand back a fresh copy on every read: set it, or the change is lost.
        await _profile.SetAsync(turnContext, profile, cancellationToken);
        await SendAsync(turnContext, turn, cancellationToken);
        await SkillEnding.SendIfEndedAsync(turnContext, saved, working, engine.Script.Legs, cancellationToken); // skill (issue 7)
    }

    private async Task SendAsync(ITurnContext turnContext, Turn turn, CancellationToken cancellationToken)
    {
        var expectReplies = turnContext.Activity.DeliveryMode == DeliveryModes.ExpectReplies;
        var activities = ActivityWriter.Write(renderer.Render(turn), engine.Script.Language, allowDelays: speech.DelayActivities && !expectReplies);
        await turnContext.SendActivitiesAsync(activities.ToArray(), cancellationToken);
    }

    private static void RecordHistory(UserProfile profile, string conversationId, PracticeState state)
    {
        if (state.Notes.Count == 0) return;
        var session = profile.History.Find(s => s.ConversationId == conversationId);
        if (session is null)
        {
            session = new SessionNotes { ConversationId = conversationId };
            profile.History.Add(session);
            if (profile.History.Count > UserProfile.MaxSessions) profile.History.RemoveAt(0);
        }
        session.Notes = state.Clone().Notes;
    }
}
