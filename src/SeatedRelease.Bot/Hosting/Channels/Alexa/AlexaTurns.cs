using Microsoft.Bot.Schema;
using SeatedRelease.Bot.State;
using SeatedRelease.Practice.Engine;
using SeatedRelease.Practice.Rendering;

namespace SeatedRelease.Bot.Alexa;

/// <summary>What the skill answers: the speech, the reprompt when the session stays open, and whether it ends.</summary>
/// <param name="Speech">Alexa SSML, or null for no speech.</param>
/// <param name="Reprompt">Said again by Alexa when the listener is silent; null when the session ends.</param>
/// <param name="EndSession">Whether Alexa closes the session after speaking.</param>
public sealed record AlexaReply(string? Speech, string? Reprompt, bool EndSession);

/// <summary>
/// Runs the practice for an Alexa request on the same store, engine and renderer as every channel. The Alexa
/// session is the conversation and the Alexa user is the listener, so a new "open" finds the unfinished practice
/// of the last session and offers it, as a reload does on the web page.
/// </summary>
public sealed class AlexaTurns(PracticeTurns turns, PracticeEngine engine, SsmlRenderer renderer, AlexaSsml ssml)
{
    /// <summary>The channel id the practice is stored under.</summary>
    public const string ChannelId = "alexa";

    /// <summary>Answers one request.</summary>
    public async Task<AlexaReply> AnswerAsync(AlexaRequest request, CancellationToken cancellationToken)
    {
        var (move, words) = AlexaIntents.Map(request);
        var activity = Activity(request, words);
        switch (move)
        {
            case AlexaMove.Open:
                return Reply(await turns.RunAsync(activity, text: null, join: true, cancellationToken)
                    ?? await AgainAsync(request, cancellationToken), close: false);
            case AlexaMove.Say:
                return Reply(await turns.RunAsync(activity, words, join: false, cancellationToken)
                    ?? await AgainAsync(request, cancellationToken), close: false);
            case AlexaMove.Close:
                return Reply(await CloseAsync(activity, cancellationToken), close: true);
            default:
                // The session is over (or was never there): the stored place stays as the last turn left it.
                return new AlexaReply(null, null, EndSession: move == AlexaMove.SessionEnded);
        }
    }

    // Alexa sends a request again when our answer did not reach it, and "open" twice in a session is possible:
    // the place has not moved, so the prompt is said again.
    private Task<TurnResult?> AgainAsync(AlexaRequest request, CancellationToken cancellationToken) =>
        turns.RunAsync(Activity(request with { RequestId = "" }, "repeat"), "repeat", join: false, cancellationToken);

    // Stop and cancel leave the skill, not the practice: out of the movement first, the short close, and the place
    // is kept (nothing is written), so the next "open" offers to go on.
    private async Task<Turn> CloseAsync(Activity activity, CancellationToken cancellationToken)
    {
        var close = new Turn { Ended = true };
        await turns.ApplyAsync(activity, (working, _, _) =>
        {
            if (!working.Ended && working.StepId is not null) close.Lines.Add(new SpokenLine(engine.Script.Phrase(InLeg(working) ? "letGo" : "restNow")));
            close.Lines.Add(new SpokenLine(engine.Script.Phrase("stopped")));
            close.Pace = working.Pace;
            return Task.FromResult<Turn?>(null);
        }, cancellationToken);
        if (close.Lines.Count == 0) close.Lines.Add(new SpokenLine(engine.Script.Phrase("stopped")));
        return close;
    }

    // As the engine decides it: the step, or the step a pain report interrupted, belongs to a leg.
    private bool InLeg(PracticeState state) =>
        (state.ResumeStepId ?? state.StepId) is { } id && engine.Script.Steps.TryGetValue(id, out var step) && step.Enough is not null;

    private AlexaReply Reply(TurnResult? result, bool close) => result is null ? new AlexaReply(null, null, false) : Reply(result.Turn, close);

    private AlexaReply Reply(Turn turn, bool close)
    {
        var messages = renderer.Render(turn);
        if (messages.Count == 0) return new AlexaReply(null, null, close || turn.Ended);
        var end = close || turn.Ended;
        return new AlexaReply(ssml.Speech(messages), end ? null : ssml.Reprompt(messages[^1]), end);
    }

    private static Activity Activity(AlexaRequest request, string? words) => new()
    {
        Type = ActivityTypes.Message,
        Id = request.RequestId.Length > 0 ? request.RequestId : null,
        ChannelId = ChannelId,
        Conversation = new ConversationAccount(id: request.SessionId),
        From = new ChannelAccount(id: request.UserId),
        Recipient = new ChannelAccount(id: request.SkillId),
        Text = words,
    };
}
