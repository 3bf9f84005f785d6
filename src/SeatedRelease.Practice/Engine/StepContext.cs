using SeatedRelease.Practice.Script;

namespace SeatedRelease.Practice.Engine;

/// <summary>What a step sees: the script, the state, what the listener answered, and the turn being spoken.</summary>
public sealed class StepContext
{
    internal StepContext(PracticeScript script, PracticeState state, Turn turn)
    {
        Script = script;
        State = state;
        Turn = turn;
    }

    /// <summary>What the host remembers about the listener.</summary>
    internal ListenerMemory Memory { get; init; } = ListenerMemory.None;

    /// <summary>How many answers in a row before this one were not understood.</summary>
    internal int UnclearBefore { get; set; }

    /// <summary>The time of this turn.</summary>
    internal DateTimeOffset Now { get; init; }


    /// <summary>The practice script.</summary>
    public PracticeScript Script { get; }
    /// <summary>The conversation's position.</summary>
    public PracticeState State { get; }
    /// <summary>What is being said in this turn.</summary>
    public Turn Turn { get; }
    /// <summary>The recognized answer when the step resumes after waiting; null when it is entered.</summary>
    public Recognition.Recognition? Answer { get; internal set; }
    /// <summary>Where the waterfall goes after a step that returns <see cref="StepResult.Next"/>.</summary>
    public string? NextStepId { get; set; }

    /// <summary>The working leg's name.</summary>
    public string Leg => Script.Legs[Math.Clamp(State.Leg, 0, Script.Legs.Count - 1)];

    /// <summary>The resting leg's name.</summary>
    public string OtherLeg => Script.Legs[(Math.Clamp(State.Leg, 0, Script.Legs.Count - 1) + 1) % Script.Legs.Count];

    /// <summary>Whether the working leg is the last one.</summary>
    public bool OnLastLeg => State.Leg >= Script.Legs.Count - 1;

    /// <summary>Whether the current step, or the step a pain report interrupted, belongs to a leg (it can end the leg early).</summary>
    public bool InLeg => (State.ResumeStepId ?? State.StepId) is { } id && Script.Steps.TryGetValue(id, out var step) && step.Enough is not null;

    /// <summary>The working leg has hurt or reached a stretch: its movement stays smaller.</summary>
    public bool Gentle => State.GentleLegs.Contains(State.Leg);

    /// <summary>Repetitions planned for the working leg: the script's default, or more if the listener asked.</summary>
    public int WantedReps => Math.Min(Math.Max(State.Wanted, Script.Repetitions), Math.Max(Script.MaxRepetitions, Script.Repetitions));

    /// <summary>Whether a line of the step is said now: its repetition, place, care and how many repetitions remain.</summary>
    public bool Applies(ScriptLine line, ScriptStep step)
    {
        var rep = step.Rep ? State.Rep : 0;
        return line.AppliesTo(rep, InLeg, Gentle, Math.Max(0, WantedReps - State.Rep), State.Rep >= Script.MaxRepetitions);
    }

    /// <summary>Placeholder values for the current position.</summary>
    public Dictionary<string, string> Values(params (string Key, string Value)[] extra)
    {
        var values = new Dictionary<string, string>
        {
            ["leg"] = Leg,
            ["other"] = OtherLeg,
            ["rep"] = State.Rep.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["reps"] = WantedReps.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["legs"] = string.Join(" and ", Script.Legs),
        };
        foreach (var (k, v) in extra) values[k] = v;
        return values;
    }

    /// <summary>Says a script line with its placeholders filled.</summary>
    public void Say(ScriptLine line) =>
        Turn.Lines.Add(new SpokenLine(Filled(line.Text, []), line.PauseSeconds, line.Cue, line.Move));

    /// <summary>Says a phrase of the script by key.</summary>
    public void SayPhrase(string key, params (string Key, string Value)[] extra) =>
        Turn.Lines.Add(new SpokenLine(Filled(Script.Phrase(key), extra)));

    // Most lines have no placeholder, and the values are a dictionary built afresh.
    private string Filled(string template, (string Key, string Value)[] extra) =>
        template.Contains('{', StringComparison.Ordinal) ? Templates.Fill(template, Values(extra)) : template;

    /// <summary>Says a literal, already-filled text.</summary>
    public void SayText(string text) => Turn.Lines.Add(new SpokenLine(text));
}
