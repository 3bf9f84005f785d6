using SeatedRelease.Practice.Recognition;
using SeatedRelease.Practice.Script;

namespace SeatedRelease.Practice.Engine;

/// <summary>Turns each step of the script into a <see cref="StepAsync"/>.</summary>
internal static class ScriptSteps
{
    public static StepAsync Create(ScriptStep step) => (context, _) =>
        ValueTask.FromResult(context.Answer is { } answer ? Resume(step, context, answer) : Enter(step, context));

    private static StepResult Enter(ScriptStep step, StepContext context)
    {
        foreach (var line in step.Say)
        {
            if (context.Applies(line, step)) context.Say(line);
        }
        if (step.Advice is not null && context.State.Notes.Count > 0)
        {
            context.State.Notes[^1].Advice = step.Advice;
        }
        if (step.End) return StepResult.Done;
        if (step.Expect is not null) return StepResult.Waiting;
        context.NextStepId = After(step, context);
        return StepResult.Next;
    }

    private static StepResult Resume(ScriptStep step, StepContext context, Recognition.Recognition answer)
    {
        if (step.Expect == PromptContext.Ready)
        {
            if (answer.Intent != Intent.Ready) return StepResult.Waiting;
            context.NextStepId = After(step, context);
            return StepResult.Next;
        }
        if (!step.On.TryGetValue(answer.Intent, out var target)) return StepResult.Waiting;
        context.State.Answers[step.Id] = answer.Label;
        if (step.Expect == PromptContext.PainKind && context.State.Notes.Count > 0)
        {
            context.State.Notes[^1].Kind = answer.Label;
        }
        context.NextStepId = target;
        return StepResult.Next;
    }

    /// <summary>Where a step goes once it is done: itself again while repetitions remain, the next leg, or on.</summary>
    internal static string After(ScriptStep step, StepContext context)
    {
        var state = context.State;
        if (step.Loop && state.Rep < context.WantedReps) return step.Id;
        if (step.LastLeg is { } last)
        {
            if (context.OnLastLeg) return last;
            state.Leg++;
            state.Rep = 0;
            state.Wanted = 0;
        }
        return step.Next!;
    }
}
