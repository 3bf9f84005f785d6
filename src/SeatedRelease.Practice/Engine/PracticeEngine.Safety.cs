using SeatedRelease.Practice.Recognition;
using SeatedRelease.Practice.Safety;
using SeatedRelease.Practice.Script;

namespace SeatedRelease.Practice.Engine;

// What the listener said is weighed for safety before anything else, with what was said before it:
// red flags stop the practice for today, the pain-kind question takes any answer, repeated pain
// escalates, and a stretch is taught as the edge of the movement.
public sealed partial class PracticeEngine
{
    private static readonly HashSet<Intent> Commands =
        [Intent.Stop, Intent.Pause, Intent.Repeat, Intent.Help, Intent.Progress, Intent.Slower, Intent.Faster, Intent.History, Intent.Forget, Intent.Question];

    private SafetyRules Safety => Script.Safety;

    /// <summary>
    /// Handles what safety decides, in this order: a red flag; an answer to the pain-kind question;
    /// an answer to a check; a stretch felt in a leg; a question about a condition the seed cautions
    /// about; "not sure" where the script says where it goes.
    /// </summary>
    /// <returns>Null when the turn was handled; otherwise the answer for the ordinary flow, perhaps reread.</returns>
    private async Task<Recognition.Recognition?> SafetyFirstAsync(StepContext context, Recognition.Recognition answer, string text, CancellationToken cancellationToken)
    {
        var state = context.State;
        var step = Script.Step(state.StepId!);
        var words = Words.Of(text);
        if (Safety.FindRedFlag(words) is var (kind, where))
        {
            if (where.Certain || _safetySteps.Contains(step.Id))
            {
                StopForRedFlag(context, text, kind);
                return null;
            }
            // Asked about, or about another time: whether it is happening now decides.
            await CheckAsync(context, Script.FlagCheck, text, kind.Id, cancellationToken);
            return null;
        }
        if (state.Paused) return answer;
        if (step.Id == Script.Pain && !Commands.Contains(answer.Intent))
        {
            // A question about the practice, with no word of pain in it, is answered and the kind asked again.
            if (answer.Intent == Intent.Unknown && _recognizer.Recognize(PromptContext.Ready, text) is { Intent: Intent.Question, Topic: { } topic } asked
                && Script.Answers.ContainsKey(topic) && KindOf(words, answer) is null)
            {
                return asked;
            }
            await DescribePainAsync(context, text, words, answer, cancellationToken);
            return null;
        }
        if (step.Id == Script.FlagCheck && answer.Intent is Intent.Yes or Intent.Pain)
        {
            var flag = Safety.Kind(state.PendingFlag);
            var mentioned = state.PendingPainWords ?? text;
            if (flag is not null)
            {
                StopForRedFlag(context, mentioned, flag);
                return null;
            }
        }
        if (step.Id == Script.MaybePain && answer.Intent == Intent.Unknown
            && _recognizer.Recognize(PromptContext.Ready, text).Intent is Intent.Ready or Intent.More)
        {
            // "Ready" to "did you say it hurts?": nothing hurt, and the practice goes on.
            answer = answer with { Intent = Intent.Ready };
        }
        if ((step.Id == Script.MaybePain || step.Id == Script.FlagCheck) && answer.Intent is Intent.No or Intent.Ready)
        {
            // Kept, so the summary can say what was mentioned and that it did not hurt.
            if (state.PendingPainWords is { } said)
            {
                var at = state.ResumeStepId ?? step.Id;
                var note = NewNote(context, at, said, InLeg(at));
                note.Denied = true;
                state.Notes.Add(note);
            }
            state.PendingPainWords = null;
            state.PendingFlag = null;
            return answer with { Intent = Intent.No };
        }
        // A command said with it ("slower, my hamstrings are tight") is still the command.
        if (answer.Intent is Intent.Unknown or Intent.MaybePain or Intent.Ready or Intent.Mild or Intent.Yes or Intent.No
            && !_safetySteps.Contains(step.Id) && step.Expect == PromptContext.Ready && Safety.FeelsStretch(words))
        {
            if (InLeg(step.Id)) TeachStretch(context, text, step);
            else
            {
                // Sitting with the legs out already stretches: the seed's answer is a pillow or towel under the knee.
                context.SayPhrase("stretchSitting");
                SayPrompt(context, step);
            }
            return null;
        }
        // A question, even one the rules heard as a possible pain ("will it help my sacroiliac pain?").
        if (answer.Intent is Intent.Question or Intent.MaybePain or Intent.Unknown && Safety.AsksAboutCautionCondition(words)
            && Script.Answers.TryGetValue("caution", out var caution))
        {
            foreach (var line in caution) context.SayText(line);
            BackToPrompt(context);
            return null;
        }
        if (step.Unsure is { } unsure && answer.Intent is not (Intent.Yes or Intent.No) && !Commands.Contains(answer.Intent) && Safety.IsUnsure(words))
        {
            await EnterAsync(context, unsure, fresh: true, cancellationToken);
            return null;
        }
        return Remark(CurrentContext(state), answer, text) ?? answer;
    }

    /// <summary>
    /// A practical remark ("I can't reach my foot", "my heel keeps lifting") is answered as the question it implies. Only
    /// an answer the rules left unknown or a body part named alone is reread, as a question; any pain or possible-pain
    /// phrase in it still outranks the topic, so a remark with a sensation is still checked.
    /// </summary>
    private Recognition.Recognition? Remark(PromptContext prompt, Recognition.Recognition answer, string text)
    {
        if (answer.Intent is not (Intent.Unknown or Intent.MaybePain) || Script.Remarks.Count == 0 || text.Length >= MaxTextLength) return null;
        // Any word of how it feels ("a little", "worse", "tight") keeps the check.
        var words = Words.Of(text);
        if (Safety.Mild.Mentions(words) || Safety.FeelsStretch(words)
            || Safety.MoreThanMild.Find(words, Safety.Negation, PhraseList.Empty, PhraseList.Empty) is not null) return null;
        var asked = _recognizer.Recognize(prompt, text + "?");
        return asked is { Intent: Intent.Question, Topic: { } topic } && Script.Remarks.Contains(topic) ? asked : null;
    }

    /// <summary>Asks whether something mentioned hurts (or is happening now) before going on from where the listener is.</summary>
    private async Task CheckAsync(StepContext context, string checkStepId, string words, string? flag, CancellationToken cancellationToken)
    {
        var state = context.State;
        if (!_safetySteps.Contains(state.StepId!)) state.ResumeStepId = state.StepId;
        state.Paused = false;
        state.PendingPainWords = words;
        state.PendingFlag = flag;
        await EnterAsync(context, checkStepId, fresh: true, cancellationToken);
    }

    /// <summary>A red flag said plainly about now, in text the bot reads; null otherwise.</summary>
    private RedFlagKind? RedFlagSaid(string text) =>
        text.Length is > 0 and <= MaxTextLength && Safety.FindRedFlag(Words.Of(text)) is { Where.Certain: true } flag ? flag.Kind : null;

    private void StopForRedFlag(StepContext context, string words, RedFlagKind kind)
    {
        var state = context.State;
        var current = state.StepId ?? Script.Start;
        SafetyNote note;
        if (current == Script.Pain && state.Notes.Count > 0)
        {
            // Said while describing the pain just reported: the same report, now known to be a red flag.
            note = state.Notes[^1];
            note.Describe(words);
        }
        else
        {
            var at = _safetySteps.Contains(current) ? state.ResumeStepId ?? current : current;
            note = NewNote(context, at, words, InLeg(at));
            state.Notes.Add(note);
        }
        note.Kind = "sharp";
        note.RedFlag = kind.Id;
        note.Advice = kind.Advice;
        state.Paused = false;
        state.PendingPainWords = null;
        state.PendingFlag = null;
        state.ResumeStepId = null;
        foreach (var line in kind.Say) context.SayText(line);
        EndPractice(context, withSummary: true, PracticeOutcome.StoppedForPain, hold: true);
    }

    private async Task DescribePainAsync(StepContext context, string text, Words words, Recognition.Recognition answer, CancellationToken cancellationToken)
    {
        var state = context.State;
        var kind = KindOf(words, answer);
        // The listener's own description is kept; a plain "mild" or "sharp" is already the kind, but "moderate" says more.
        var plain = kind is not null && answer.Intent == kind && words.Tokens.Count <= 3
            && words.Tokens.Contains(kind == Intent.Sharp ? "sharp" : "mild");
        if (state.Notes.Count > 0 && !plain) state.Notes[^1].Describe(text);
        if (kind is null)
        {
            state.UnclearKinds++;
            if (state.UnclearKinds < 2)
            {
                context.SayPhrase("painKindAgain");
                return;
            }
            context.SayPhrase("painKindSafe");
            kind = Intent.Sharp;
        }
        await ApplyKindAsync(context, kind.Value, cancellationToken);
    }

    // Any answer to "what is the pain like", read by the one pain-kind reader the recognizer uses too; a kind the
    // listener cannot tell is no kind yet.
    private Intent? KindOf(Words words, Recognition.Recognition answer) =>
        Safety.PainKind.KindOf(words, answer.Intent) is { } kind && kind != Intent.Pain ? kind : null;

    /// <summary>The kind a pain report already names ("my knee hurts a little"), so the bot need not ask.</summary>
    private Intent? KindNamed(string text)
    {
        var words = Words.Of(text);
        return KindOf(words, _recognizer.Recognize(PromptContext.PainKind, text));
    }

    private async Task ApplyKindAsync(StepContext context, Intent kind, CancellationToken cancellationToken)
    {
        var state = context.State;
        state.UnclearKinds = 0;
        var note = state.Notes.Count > 0 ? state.Notes[^1] : null;
        if (note is not null) note.Kind = kind == Intent.Sharp ? "sharp" : "mild";
        var target = Script.Step(Script.Pain).On[kind];
        if (kind == Intent.Mild)
        {
            var interrupted = state.ResumeStepId;
            if (InLeg(interrupted)) MakeGentle(state);
            var inPractice = state.Notes.Count(n => n.IsPain);
            var onLeg = note?.Leg is { } leg ? state.Notes.Count(n => n.IsPain && n.Leg == leg) : 0;
            if (inPractice >= Safety.PracticeReports) target = Script.PainLimit;
            else if (onLeg >= Safety.LegReports && InLeg(interrupted)) target = Script.PainAgain;
        }
        await EnterAsync(context, target, fresh: true, cancellationToken);
    }

    private void TeachStretch(StepContext context, string text, ScriptStep step)
    {
        var state = context.State;
        var at = state.ResumeStepId ?? step.Id;
        var note = NewNote(context, at, text, InLeg(at));
        note.Kind = "stretch";
        state.Notes.Add(note);
        MakeGentle(state);
        context.SayPhrase("stretchEdge");
        context.SayPhrase("stretchBack");
        context.SayPhrase("stretchNext");
        SayPrompt(context, step);
    }

    private static void MakeGentle(PracticeState state)
    {
        if (!state.GentleLegs.Contains(state.Leg)) state.GentleLegs.Add(state.Leg);
    }

    // After a stop for safety the practice does not begin again today, whatever is said.
    private bool Held(PracticeState state) => state.HeldUntil is { } until && _time.GetUtcNow() < until;

    // The listener stopped for safety in another conversation: this one holds too, and begins nothing.
    private bool HeldElsewhere(StepContext context)
    {
        if (context.Memory.HeldUntil is not { } until || until <= _time.GetUtcNow()) return false;
        var state = context.State;
        Reset(state);
        // No practice of its own, so nothing of this conversation enters the history.
        state.SessionId = "";
        state.Ended = true;
        state.Outcome = PracticeOutcome.StoppedForPain;
        state.HeldUntil = until;
        SayHeld(context);
        return true;
    }

    private void SayHeld(StepContext context)
    {
        context.SayPhrase("holdToday");
        if (context.State.Notes.LastOrDefault(n => n.IsPain && n.Advice is not null) is { } note)
        {
            context.SayPhrase("holdAdvice", ("advice", note.Advice!));
        }
    }
}
