using System.Security.Claims;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;
using SeatedRelease.Practice.Engine;

namespace SeatedRelease.Bot.Skill;

/// <summary>How the practice ends when a parent bot called it as a skill, and how the parent cancels it.</summary>
public static class SkillEnding
{
    /// <summary>The event a parent may send to begin the practice (a plain message begins it too).</summary>
    public const string StartEventName = "startPractice";

    // The value travels through the adapter's own Newtonsoft settings; fixing the shape here keeps the wire names
    // camelCase whatever those settings are.
    private static readonly JsonSerializer ValueSerializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        ContractResolver = new CamelCasePropertyNamesContractResolver(),
        DateFormatHandling = DateFormatHandling.IsoDateFormat,
    });

    /// <summary>True when the turn came from a parent bot: the caller's claims are skill claims.</summary>
    public static bool IsSkillCall(ITurnContext turnContext) =>
        turnContext.TurnState.Get<ClaimsIdentity>(BotAdapter.BotIdentityKey) is { } identity && SkillClaims.IsSkill(identity.Claims);

    /// <summary>True for the parent's start event.</summary>
    public static bool IsStartEvent(IActivity activity) =>
        activity.Type == ActivityTypes.Event && string.Equals(activity.AsEventActivity().Name, StartEventName, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// After a turn of a skill call that ended the practice, tells the parent with an EndOfConversation whose value
    /// is the outcome. Nothing is sent for other callers, nor when the practice had already ended before the turn.
    /// </summary>
    public static async Task SendIfEndedAsync(ITurnContext turnContext, PracticeState before, PracticeState after, IReadOnlyList<string> legs, CancellationToken cancellationToken)
    {
        if (!after.Ended || before.Ended || !IsSkillCall(turnContext)) return;
        await turnContext.SendActivityAsync(EndOfConversation(after, legs), cancellationToken);
    }

    /// <summary>The EndOfConversation that reports the outcome of a practice.</summary>
    public static Activity EndOfConversation(PracticeState state, IReadOnlyList<string> legs)
    {
        var end = (Activity)Activity.CreateEndOfConversationActivity();
        end.Code = state.Outcome == PracticeOutcome.Completed ? EndOfConversationCodes.CompletedSuccessfully : EndOfConversationCodes.UserCancelled;
        end.Value = JObject.FromObject(SkillOutcome.From(state, legs), ValueSerializer);
        return end;
    }

    /// <summary>
    /// The parent ended the conversation: the practice stops where it is, as if the listener had said stop, and a
    /// later message is answered as after any ended practice (an offer to start again). Nothing is said: the parent
    /// owns the conversation now.
    /// </summary>
    public static PracticeState Cancel(PracticeState state)
    {
        if (state.StepId is null || state.Ended) return state;
        var cancelled = state.Clone();
        cancelled.Ended = true;
        cancelled.Paused = false;
        cancelled.PendingPainWords = null;
        // The parent's reason is unknown; a pain report already made is in the notes either way.
        cancelled.Outcome = PracticeOutcome.Stopped;
        return cancelled;
    }
}
