using SeatedRelease.Practice.Script;

namespace SeatedRelease.Practice.Engine;

/// <summary>Runs the script's steps in order over a <see cref="PracticeState"/>, in the image of a waterfall dialog.</summary>
public sealed class Waterfall
{
    // A script that flows in a circle without ever waiting would spin forever; no real turn needs this many steps.
    private const int MaxStepsPerTurn = 64;

    private readonly PracticeScript _script;
    private readonly Dictionary<string, StepAsync> _steps;

    /// <summary>Builds the waterfall of a validated script.</summary>
    public Waterfall(PracticeScript script)
    {
        _script = script;
        _steps = script.Steps.ToDictionary(kv => kv.Key, kv => ScriptSteps.Create(kv.Value));
    }

    /// <summary>Enters a step and flows on until a step waits or the practice ends.</summary>
    /// <param name="context">The turn's step context.</param>
    /// <param name="stepId">The step to enter, or <see cref="PracticeScript.ResumeTarget"/>.</param>
    /// <param name="fresh">False when re-entering the same position (repeat, resume): no repetition is counted.</param>
    /// <param name="cancellationToken">Cancels the turn.</param>
    public async Task<StepResult> EnterAsync(StepContext context, string stepId, bool fresh, CancellationToken cancellationToken)
    {
        var state = context.State;
        for (var i = 0; i < MaxStepsPerTurn; i++)
        {
            if (stepId == PracticeScript.ResumeTarget)
            {
                stepId = state.ResumeStepId ?? _script.Start;
                state.ResumeStepId = null;
                fresh = false;
                Reorient(context, stepId);
            }
            var step = _script.Step(stepId);
            if (step.Rep && fresh)
            {
                state.Rep++;
                while (state.RepsDone.Count <= state.Leg) state.RepsDone.Add(0);
                state.RepsDone[state.Leg] = state.Rep;
            }
            state.StepId = stepId;
            context.Answer = null;
            context.NextStepId = null;
            var result = await _steps[stepId](context, cancellationToken);
            if (result != StepResult.Next) return result;
            stepId = context.NextStepId ?? throw new InvalidOperationException($"step '{stepId}' went on without a next step.");
            fresh = true;
        }
        throw new InvalidOperationException($"the script flowed through {MaxStepsPerTurn} steps without waiting; check '{stepId}'.");
    }

    /// <summary>
    /// Before a repetition is taken up again (after a pause, a pain check, a welcome back): the script's re-orienting
    /// lines, so that the listener sits up with the hands under the foot before anything moves.
    /// </summary>
    public void Reorient(StepContext context, string stepId)
    {
        if (!_script.Steps.TryGetValue(stepId, out var step) || !step.Rep) return;
        foreach (var line in _script.Reorient) context.Say(line);
    }

    /// <summary>Gives the waiting step the listener's answer; flows on if the step accepts it.</summary>
    /// <returns>Null when the step does not take this answer (the caller re-prompts).</returns>
    public async Task<StepResult?> ResumeAsync(StepContext context, Recognition.Recognition answer, CancellationToken cancellationToken)
    {
        var stepId = context.State.StepId ?? throw new InvalidOperationException("no step is waiting.");
        context.Answer = answer;
        context.NextStepId = null;
        var result = await _steps[stepId](context, cancellationToken);
        context.Answer = null;
        if (result == StepResult.Waiting) return null;
        if (result == StepResult.Done) return result;
        return await EnterAsync(context, context.NextStepId!, fresh: true, cancellationToken);
    }
}
