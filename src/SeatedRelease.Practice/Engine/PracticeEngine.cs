using SeatedRelease.Practice.Recognition;
using SeatedRelease.Practice.Safety;
using SeatedRelease.Practice.Script;

namespace SeatedRelease.Practice.Engine;

/// <summary>
/// One turn of the practice: understands the listener in the context of the waiting prompt, handles the
/// interruptions that apply everywhere (pain first), and otherwise hands the answer to the waterfall.
/// </summary>
public sealed partial class PracticeEngine
{
    /// <summary>Longer input is answered with a short re-prompt and not recognized.</summary>
    public const int MaxTextLength = 2000;

    // After this many answers in a row that were not understood, the choices are said in plain words.
    private const int UnclearBeforePlainWords = 3;

    private readonly IRecognizer _recognizer;
    private readonly TimeProvider _time;
    private readonly Waterfall _waterfall;
    private readonly HashSet<string> _safetySteps;

    /// <summary>The recognizer the engine reads every answer with.</summary>
    public IRecognizer Recognizer => _recognizer;

    /// <summary>Creates the engine for a validated script.</summary>
    public PracticeEngine(PracticeScript script, IRecognizer recognizer, TimeProvider time)
    {
        Script = script;
        _recognizer = recognizer;
        _time = time;
        _waterfall = new Waterfall(script);
        // The pain branch: what the pain and check steps lead to on their own answers, up to "resume".
        _safetySteps = ScriptGraph.Reachable(script, [script.Pain, script.MaybePain, script.FlagCheck, script.PainLimit], ScriptGraph.Answers);
    }

    /// <summary>The script this engine runs.</summary>
    public PracticeScript Script { get; }

    /// <summary>Begins a practice from the greeting, keeping only the pace of any earlier one.</summary>
    public Task<Turn> StartAsync(PracticeState state, CancellationToken cancellationToken) =>
        StartAsync(state, ListenerMemory.None, cancellationToken);

    /// <summary>Begins a conversation: offers an unfinished practice of the listener's, or begins from the greeting.</summary>
    public async Task<Turn> StartAsync(PracticeState state, ListenerMemory memory, CancellationToken cancellationToken)
    {
        var context = NewContext(state, memory);
        if (HeldElsewhere(context)) return Finish(context);
        if (memory.Unfinished is { } unfinished) OfferResume(context, unfinished);
        else await BeginAsync(context, cancellationToken);
        return Finish(context);
    }

    /// <summary>
    /// Greets a listener who has an unfinished practice from another conversation, and asks whether to pick it up.
    /// </summary>
    public Task<Turn> OfferResumeAsync(PracticeState state, PracticeState unfinished, CancellationToken cancellationToken)
    {
        var context = NewContext(state);
        OfferResume(context, unfinished);
        return Task.FromResult(Finish(context));
    }

    private void OfferResume(StepContext context, PracticeState unfinished)
    {
        var state = context.State;
        Reset(state, begun: false);
        state.Pending = PendingQuestion.ResumeOffer;
        state.Offered = unfinished.Clone();
        context.SayPhrase("welcomeBack");
        var offered = new StepContext(Script, state.Offered, context.Turn);
        if (Script.Steps.ContainsKey(offered.State.StepId ?? ""))
        {
            ProgressWriter.Say(offered, InLeg(offered.State.ResumeStepId ?? offered.State.StepId), _safetySteps.Contains(offered.State.StepId!));
        }
        context.SayPhrase("resumeAsk");
    }

    /// <summary>Answers one message of the listener. <paramref name="text"/> may be null or empty.</summary>
    public Task<Turn> ReplyAsync(PracticeState state, string? text, CancellationToken cancellationToken) =>
        ReplyAsync(state, text, ListenerMemory.None, cancellationToken);

    /// <summary>Answers one message, with what the host remembers about the listener.</summary>
    public async Task<Turn> ReplyAsync(PracticeState state, string? text, ListenerMemory memory, CancellationToken cancellationToken)
    {
        var context = NewContext(state, memory);
        text = text?.Trim() ?? "";
        // Counted only while answers go on not being understood; any other turn starts the count again.
        var unclearBefore = state.UnclearInARow;
        state.UnclearInARow = 0;
        context.UnclearBefore = unclearBefore;
        if (state.Pending != PendingQuestion.None)
        {
            await AnswerPendingAsync(context, text, cancellationToken);
        }
        else if (state.StepId is null)
        {
            await FirstMessageAsync(context, text, cancellationToken);
        }
        else if (state.ScriptVersion != Script.Version || !Script.Steps.ContainsKey(state.StepId))
        {
            context.SayPhrase("restarted");
            await BeginAsync(context, cancellationToken);
        }
        else if (state.Ended)
        {
            await AfterEndAsync(context, text, cancellationToken);
        }
        else if (text.Length == 0)
        {
            context.SayPhrase("empty");
            SayOptions(context);
        }
        else if (text.Length > MaxTextLength)
        {
            context.SayPhrase("tooLong");
            SayOptions(context);
        }
        else
        {
            var answer = _recognizer.Recognize(CurrentContext(state), text);
            if (await SafetyFirstAsync(context, answer, text, cancellationToken) is { } reread)
            {
                await HandleAsync(context, reread, text, cancellationToken);
            }
        }
        return Finish(context);
    }

    /// <summary>The short apology after a failed turn, with the buttons of the prompt the listener is still at.</summary>
    public Turn Apology(PracticeState saved)
    {
        var context = NewContext(saved.Clone());
        context.SayPhrase("error");
        if (saved.StepId is not null && !Script.Steps.ContainsKey(saved.StepId)) context.State.StepId = null;
        if (context.State.StepId is not null) return Finish(context);
        context.Turn.Pace = saved.Pace;
        return context.Turn;
    }

    private StepContext NewContext(PracticeState state, ListenerMemory? memory = null) =>
        new(Script, state, new Turn()) { Now = _time.GetUtcNow(), Memory = memory ?? ListenerMemory.None };

    private PromptContext CurrentContext(PracticeState state) =>
        state.Pending != PendingQuestion.None ? PromptContext.YesNo
        : state.Paused || state.StepId is null ? PromptContext.Ready
        : Script.Step(state.StepId).Expect ?? PromptContext.Ready;

    private async Task BeginAsync(StepContext context, CancellationToken cancellationToken)
    {
        Reset(context.State);
        await EnterAsync(context, Script.Start, fresh: true, cancellationToken);
    }

    // A new practice keeps only the pace. Not begun: nothing is waiting yet (a question asked before the greeting).
    private void Reset(PracticeState state, bool begun = true)
    {
        state.SessionId = Guid.NewGuid().ToString("N");
        state.Pending = PendingQuestion.None;
        state.Offered = null;
        state.ScriptVersion = Script.Version;
        state.StepId = begun ? Script.Start : null;
        state.ResumeStepId = null;
        state.Ended = false;
        state.Outcome = PracticeOutcome.InProgress;
        state.StartedAt = _time.GetUtcNow();
        state.Paused = false;
        state.Leg = 0;
        state.Rep = 0;
        state.RepsDone = [];
        state.Answers = [];
        state.PendingPainWords = null;
        state.Notes = [];
        state.GentleLegs = [];
        state.UnclearKinds = 0;
        state.PendingFlag = null;
        state.HeldUntil = null;
    }

    private async Task FirstMessageAsync(StepContext context, string text, CancellationToken cancellationToken)
    {
        var intent = text.Length is > 0 and <= MaxTextLength ? _recognizer.Recognize(PromptContext.Ready, text).Intent : Intent.Unknown;
        // Even a first message may be a red flag or a pain report: it is heard before any greeting.
        if (RedFlagSaid(text) is { } flag)
        {
            Reset(context.State);
            StopForRedFlag(context, text, flag);
            return;
        }
        if (intent == Intent.Pain)
        {
            Reset(context.State);
            await ReportPainAsync(context, text, cancellationToken);
            return;
        }
        if (intent is Intent.History or Intent.Forget)
        {
            // Asked before any practice began: answer it; "start" then begins the practice.
            Reset(context.State, begun: false);
            if (intent == Intent.History)
            {
                HistoryWriter.Say(context);
                context.SayPhrase("restart");
            }
            else
            {
                AskForget(context);
            }
            return;
        }
        if (HeldElsewhere(context)) return;
        if (context.Memory.Unfinished is { } unfinished)
        {
            OfferResume(context, unfinished);
            return;
        }
        await BeginAsync(context, cancellationToken);
    }

    private async Task AfterEndAsync(StepContext context, string text, CancellationToken cancellationToken)
    {
        var answer = text.Length is > 0 and <= MaxTextLength ? _recognizer.Recognize(PromptContext.Ready, text) : default;
        var held = Held(context.State);
        if (answer.Intent is not (Intent.History or Intent.Forget) && RedFlagSaid(text) is { } flag)
        {
            StopForRedFlag(context, text, flag);
        }
        else if (answer.Intent == Intent.History)
        {
            HistoryWriter.Say(context);
            if (!held) context.SayPhrase("restart");
        }
        else if (answer.Intent == Intent.Forget)
        {
            AskForget(context);
        }
        else if (held)
        {
            // Stopped for safety: a new pain is noted, and whatever is said, the answer is the same.
            if (answer.Intent == Intent.Pain)
            {
                context.State.Notes.Add(NewNote(context, context.State.StepId!, text, inLeg: false));
                context.State.Notes[^1].Advice = Script.Phrase("endedPain");
            }
            SayHeld(context);
        }
        else if (answer.Intent is Intent.Pain or Intent.MaybePain)
        {
            context.State.Notes.Add(NewNote(context, context.State.StepId!, text, inLeg: false));
            context.State.Notes[^1].Advice = Script.Phrase("endedPain");
            context.SayPhrase("endedPain");
            context.SayPhrase("restart");
        }
        else if (answer.Intent is Intent.Ready or Intent.Yes || Script.RestartWords.Contains(Simplify(text)))
        {
            await BeginAsync(context, cancellationToken);
        }
        else
        {
            context.SayPhrase("ended");
            context.SayPhrase("restart");
        }
    }

    private async Task HandleAsync(StepContext context, Recognition.Recognition answer, string text, CancellationToken cancellationToken)
    {
        var state = context.State;
        var step = Script.Step(state.StepId!);
        switch (answer.Intent)
        {
            case Intent.Pain:
                await ReportPainAsync(context, text, cancellationToken);
                return;
            case Intent.Yes when step.Id == Script.MaybePain:
                await ReportPainAsync(context, state.PendingPainWords ?? text, cancellationToken);
                return;
            case Intent.MaybePain:
                await CheckAsync(context, Script.MaybePain, text, flag: null, cancellationToken);
                return;
            case Intent.Stop:
                // Out of the movement first: let go of the foot, rest, breathe.
                context.SayPhrase(InLeg(state.ResumeStepId ?? step.Id) || step.Id == Script.PainAgain ? "letGo" : "restNow");
                context.SayPhrase("stopped");
                EndPractice(context, withSummary: true,
                    _safetySteps.Contains(step.Id) || state.Notes.Any(n => n.IsPain) ? PracticeOutcome.StoppedForPain : PracticeOutcome.Stopped);
                return;
            case Intent.Pause:
                state.Paused = true;
                context.SayPhrase("paused");
                return;
            case Intent.Repeat:
                state.Paused = false;
                await EnterAsync(context, step.Id, fresh: false, cancellationToken);
                return;
            case Intent.Slower or Intent.Faster:
                ChangePace(context, answer.Intent == Intent.Slower);
                AskAgain(context);
                return;
            case Intent.History:
                HistoryWriter.Say(context);
                BackToPrompt(context);
                return;
            case Intent.Forget:
                AskForget(context);
                return;
            case Intent.Help:
                context.SayPhrase("help." + PromptKeys.Of(CurrentContext(state)));
                AskAgain(context);
                return;
            case Intent.Progress:
                ProgressWriter.Say(context, InLeg(step.Next == PracticeScript.ResumeTarget ? state.ResumeStepId : step.Id), _safetySteps.Contains(step.Id));
                AskAgain(context);
                return;
            case Intent.More when !state.Paused && step.Loop:
                if (!WantMore(context, text)) return;
                answer = answer with { Intent = Intent.Ready };
                break;
            case Intent.More:
                // Wherever no repetition waits, "keep going" is a go-ahead.
                answer = answer with { Intent = Intent.Ready };
                break;
            case Intent.Question when answer.Topic is { } topic && Script.Answers.TryGetValue(topic, out var lines):
                // Once a leg has hurt or reached a stretch, an answer with a gentle variant never says "farther".
                if (context.Gentle && Script.Answers.TryGetValue(topic + "Gentle", out var gentle)) lines = gentle;
                foreach (var line in lines) context.SayText(line);
                BackToPrompt(context);
                return;
            case Intent.Enough:
                if (EnoughTarget(state, step) is { } target)
                {
                    state.ResumeStepId = null;
                    state.Paused = false;
                    await EnterAsync(context, target, fresh: true, cancellationToken);
                    return;
                }
                if (!state.Paused && AtRestAfterLeg(state, step))
                {
                    // The closing rest: enough rest, so finish. The rest before a leg: that leg, or stopping here.
                    if (InLeg(step.Next))
                    {
                        context.SayPhrase("enoughRest");
                        return;
                    }
                    answer = answer with { Intent = Intent.Ready };
                    break;
                }
                context.SayPhrase("noLegYet");
                SayOptions(context);
                return;
        }
        if (state.Paused)
        {
            if (answer.Intent == Intent.Ready)
            {
                state.Paused = false;
                context.SayPhrase("resumed");
                _waterfall.Reorient(context, step.Id);
                await EnterAsync(context, step.Id, fresh: false, cancellationToken);
            }
            else
            {
                context.SayPhrase("stillPaused");
            }
            return;
        }
        var result = await _waterfall.ResumeAsync(context, answer, cancellationToken);
        if (result is null)
        {
            state.UnclearInARow = context.UnclearBefore + 1;
            if (state.UnclearInARow >= UnclearBeforePlainWords)
            {
                // Still not understood: the choices in plain words, and a way to take a break.
                context.SayPhrase("unclear." + PromptKeys.Of(CurrentContext(state)));
                context.SayPhrase("unclearPause");
                state.UnclearInARow = 0;
            }
            else
            {
                context.SayPhrase("reprompt");
                SayOptions(context);
            }
        }
        else if (result == StepResult.Done)
        {
            EndAt(context, state.StepId!);
        }
        // Back in the ordinary flow, nothing is waiting to be resumed.
        if (state.StepId is { } now && !_safetySteps.Contains(now)) state.ResumeStepId = null;
    }

    private async Task ReportPainAsync(StepContext context, string words, CancellationToken cancellationToken)
    {
        var state = context.State;
        state.Paused = false;
        state.PendingPainWords = null;
        var current = state.StepId!;
        if (current == Script.Pain && state.Notes.Count > 0)
        {
            // Still describing the same pain: keep one note, with all the words.
            state.Notes[^1].Words += "; " + words;
        }
        else
        {
            if (!_safetySteps.Contains(current)) state.ResumeStepId = current;
            var where = state.ResumeStepId ?? current;
            state.Notes.Add(NewNote(context, where, words, InLeg(where)));
            state.UnclearKinds = 0;
            if (KindNamed(words) is { } kind)
            {
                // The report already says what it is like: stop the movement, and do not ask.
                var ask = Script.Step(Script.Pain);
                foreach (var line in ask.Say.Take(ask.Say.Count - 1)) context.Say(line);
                state.StepId = Script.Pain;
                await ApplyKindAsync(context, kind, cancellationToken);
                return;
            }
        }
        await EnterAsync(context, Script.Pain, fresh: true, cancellationToken);
    }

    private SafetyNote NewNote(StepContext context, string stepId, string words, bool inLeg) => new()
    {
        Time = _time.GetUtcNow(),
        StepId = stepId,
        Leg = inLeg ? context.Leg : null,
        Rep = inLeg ? context.State.Rep : null,
        AtRest = !inLeg && context.State.RepsDone.Sum() > 0,
        Words = words,
    };

    private async Task EnterAsync(StepContext context, string stepId, bool fresh, CancellationToken cancellationToken)
    {
        if (await _waterfall.EnterAsync(context, stepId, fresh, cancellationToken) == StepResult.Done)
        {
            EndAt(context, context.State.StepId ?? stepId);
        }
    }

    // The waterfall ends at its last step, at the safety question declined, or inside the pain branch;
    // a stop the bot made there for safety holds for the rest of the day.
    private void EndAt(StepContext context, string endStepId)
    {
        var forSafety = _safetySteps.Contains(endStepId);
        EndPractice(context, withSummary: true, forSafety ? PracticeOutcome.StoppedForPain : PracticeOutcome.Completed, hold: forSafety);
    }

    private void EndPractice(StepContext context, bool withSummary, PracticeOutcome outcome, bool hold = false)
    {
        var state = context.State;
        state.Ended = true;
        state.Outcome = outcome;
        state.Paused = false;
        if (hold) state.HeldUntil = _time.GetUtcNow().AddHours(Safety.HoldHours);
        // Nothing done and nothing reported (a practice declined at the safety question): no counts to read.
        if (withSummary && (state.RepsDone.Sum() > 0 || state.Notes.Count > 0)) SummaryWriter.Say(context);
        if (!hold) context.SayPhrase("restart");
    }

    private void ChangePace(StepContext context, bool slower)
    {
        var state = context.State;
        var next = (state.Pace, slower) switch
        {
            (Pace.Fast, true) => Pace.Normal,
            (Pace.Normal, true) => Pace.Slow,
            (Pace.Slow, false) => Pace.Normal,
            (Pace.Normal, false) => Pace.Fast,
            _ => (Pace?)null,
        };
        if (next is { } pace)
        {
            state.Pace = pace;
            context.SayPhrase(slower ? "slower" : "faster");
        }
        else
        {
            context.SayPhrase(slower ? "slowest" : "fastest");
        }
    }

    private async Task AnswerPendingAsync(StepContext context, string text, CancellationToken cancellationToken)
    {
        var state = context.State;
        var asked = state.Pending;
        var answer = text.Length is > 0 and <= MaxTextLength ? _recognizer.Recognize(PromptContext.YesNo, text) : default;
        if (RedFlagSaid(text) is { } flag)
        {
            state.Pending = PendingQuestion.None;
            state.Offered = null;
            if (asked == PendingQuestion.ResumeOffer || state.StepId is null) Reset(state);
            StopForRedFlag(context, text, flag);
            return;
        }
        if (answer.Intent is Intent.Pain)
        {
            // A pain report outranks the question, as everywhere.
            state.Pending = PendingQuestion.None;
            state.Offered = null;
            if (asked == PendingQuestion.ResumeOffer || state.StepId is null) Reset(state);
            await ReportPainAsync(context, text, cancellationToken);
            return;
        }
        if (answer.Intent is Intent.MaybePain && asked == PendingQuestion.ResumeOffer)
        {
            state.Pending = PendingQuestion.None;
            state.Offered = null;
            Reset(state);
            await CheckAsync(context, Script.MaybePain, text, flag: null, cancellationToken);
            return;
        }
        switch (asked, answer.Intent)
        {
            case (PendingQuestion.ResumeOffer, Intent.Yes):
                var offered = state.Offered!;
                state.CopyFrom(offered);
                state.Pending = PendingQuestion.None;
                state.Offered = null;
                if (state.ScriptVersion != Script.Version || state.StepId is null || !Script.Steps.ContainsKey(state.StepId))
                {
                    context.SayPhrase("restarted");
                    await BeginAsync(context, cancellationToken);
                    return;
                }
                state.Paused = false;
                context.SayPhrase("resumeYes");
                _waterfall.Reorient(context, state.StepId);
                await EnterAsync(context, state.StepId, fresh: false, cancellationToken);
                return;
            case (PendingQuestion.ResumeOffer, Intent.No):
                state.Pending = PendingQuestion.None;
                state.Offered = null;
                context.SayPhrase("startOver");
                await BeginAsync(context, cancellationToken);
                return;
            case (PendingQuestion.ResumeOffer, Intent.Stop):
                Reset(state);
                context.SayPhrase("stopped");
                EndPractice(context, withSummary: false, PracticeOutcome.Stopped);
                return;
            case (PendingQuestion.Forget, Intent.Yes):
                Reset(state, begun: false);
                context.Turn.ForgetRequested = true;
                context.SayPhrase("forgetDone");
                context.SayPhrase("restart");
                return;
            case (PendingQuestion.Forget, Intent.No or Intent.Stop):
                state.Pending = PendingQuestion.None;
                context.SayPhrase("forgetKept");
                BackToPrompt(context);
                return;
            case (_, Intent.Help):
                context.SayPhrase("help.yesno");
                break;
            case (_, Intent.Repeat):
                break;
            default:
                context.SayPhrase("reprompt");
                break;
        }
        context.SayPhrase(asked == PendingQuestion.ResumeOffer ? "resumeAsk" : "forgetAsk");
    }

    private static void AskForget(StepContext context)
    {
        context.State.Pending = PendingQuestion.Forget;
        context.SayPhrase("forgetAsk");
    }

    // After an answer that interrupted the practice: the prompt the listener was at, or how to begin.
    private void BackToPrompt(StepContext context)
    {
        var state = context.State;
        if (state.StepId is null || state.Ended)
        {
            context.SayPhrase("restart");
            return;
        }
        context.SayPhrase(state.Paused ? "stillPaused" : "backToIt");
        if (!state.Paused) SayPrompt(context, Script.Step(state.StepId));
    }

    private void SayOptions(StepContext context) =>
        context.SayPhrase("options." + PromptKeys.Of(CurrentContext(context.State)));

    private static void SayPrompt(StepContext context, ScriptStep step)
    {
        var last = step.Say.LastOrDefault(l => context.Applies(l, step));
        if (last is not null) context.Say(last);
    }

    // After a command that changes nothing of the step (pace, help, where am I): the question the listener is at, so
    // no one is left without one.
    private void AskAgain(StepContext context)
    {
        var state = context.State;
        if (state.Paused) context.SayPhrase("stillPaused");
        else if (state.StepId is { } id && !state.Ended) SayPrompt(context, Script.Step(id));
    }

    /// <summary>
    /// "One more", "a few more": more repetitions planned for the leg, up to the most allowed. False when the leg already
    /// has that many: the bot says so and asks its question again.
    /// </summary>
    private bool WantMore(StepContext context, string text)
    {
        var state = context.State;
        if (state.Rep >= Script.MaxRepetitions)
        {
            context.SayPhrase("moreMax");
            AskAgain(context);
            return false;
        }
        var few = Simplify(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(Script.FewWords.Contains);
        var wanted = Math.Min(Script.MaxRepetitions, state.Rep + (few ? Script.FewMore : 1));
        if (wanted > context.WantedReps)
        {
            state.Wanted = wanted;
            context.SayPhrase(few ? "moreFew" : "moreOne");
        }
        return true;
    }

    private bool AtRestAfterLeg(PracticeState state, ScriptStep step) =>
        state.RepsDone.Sum() > 0 && step.Expect == PromptContext.Ready && !_safetySteps.Contains(step.Id) && !InLeg(step.Id);

    // "That's enough" ends a leg; from the mild-pain offer it ends the leg that the pain interrupted.
    private string? EnoughTarget(PracticeState state, ScriptStep step) =>
        step.Enough is { } target && (step.Next != PracticeScript.ResumeTarget || InLeg(state.ResumeStepId)) ? target : null;

    private bool InLeg(string? stepId) =>
        stepId is not null && !_safetySteps.Contains(stepId) && Script.Steps.TryGetValue(stepId, out var s) && s.Enough is not null;

    private Turn Finish(StepContext context)
    {
        var state = context.State;
        var turn = context.Turn;
        state.UpdatedAt = _time.GetUtcNow();
        turn.Ended = state.Ended || (state.StepId is null && state.Pending == PendingQuestion.None);
        turn.Pace = state.Pace;
        turn.Suggestions = state.Pending != PendingQuestion.None ? "yesno"
            : turn.Ended ? (Held(state) ? "held" : "ended")
            : state.Paused ? "paused"
            : state.StepId is { } id && Script.Steps.TryGetValue(id, out var step) && (context.InLeg ? step.LegButtons ?? step.Buttons : step.Buttons) is { } buttons ? buttons
            : PromptKeys.Of(CurrentContext(state));
        return turn;
    }

    private static string Simplify(string text) =>
        new(text.ToLowerInvariant().Where(c => char.IsLetter(c) || c == ' ' || c == '\'').ToArray());
}
