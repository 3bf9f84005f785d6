using SeatedRelease.Practice.Engine;

namespace SeatedRelease.Bot.Skill;

/// <summary>The value of the EndOfConversation a parent bot receives when the practice ends.</summary>
/// <param name="Outcome">"completed", "stopped" or "stoppedForPain".</param>
/// <param name="Repetitions">Repetitions done with each leg, in the script's order.</param>
/// <param name="SafetyNotes">Every pain report of the practice.</param>
public sealed record SkillOutcome(string Outcome, IReadOnlyList<LegRepetitions> Repetitions, IReadOnlyList<SkillSafetyNote> SafetyNotes)
{
    /// <summary>Reads the outcome from an ended (or cancelled) practice.</summary>
    public static SkillOutcome From(PracticeState state, IReadOnlyList<string> legs)
    {
        var reps = legs.Select((leg, i) => new LegRepetitions(leg, i < state.RepsDone.Count ? state.RepsDone[i] : 0)).ToList();
        var notes = state.Notes.Select(n => new SkillSafetyNote(n.Time, n.Leg, n.Rep, n.AtRest, n.Words, n.Kind, n.Advice)).ToList();
        return new SkillOutcome(Name(state.Outcome), reps, notes);
    }

    /// <summary>The wire name of an outcome.</summary>
    public static string Name(PracticeOutcome outcome) => outcome switch
    {
        PracticeOutcome.Completed => "completed",
        PracticeOutcome.Stopped => "stopped",
        PracticeOutcome.StoppedForPain => "stoppedForPain",
        _ => "inProgress",
    };
}

/// <summary>Repetitions done with one leg.</summary>
/// <param name="Leg">The leg's name in the script ("right", "left").</param>
/// <param name="Done">How many repetitions were done.</param>
public sealed record LegRepetitions(string Leg, int Done);

/// <summary>One pain report as the parent sees it.</summary>
/// <param name="Time">When it was reported.</param>
/// <param name="Leg">The working leg, or null during set-up.</param>
/// <param name="Repetition">The repetition of that leg, or null.</param>
/// <param name="AtRest">Reported at a rest or after the practice.</param>
/// <param name="Words">The listener's own words.</param>
/// <param name="Kind">"sharp", "mild", or null if the listener never said.</param>
/// <param name="Advice">What the bot advised.</param>
public sealed record SkillSafetyNote(DateTimeOffset Time, string? Leg, int? Repetition, bool AtRest, string Words, string? Kind, string? Advice);
