namespace SeatedRelease.Practice.Engine;

/// <summary>Where one conversation is in the practice. Serialisable; read once and written once per turn.</summary>
public sealed class PracticeState
{
    /// <summary>This practice's own id, new at every start; kept when it is resumed in another conversation.</summary>
    public string SessionId { get; set; } = "";
    /// <summary>A yes/no question asked outside the script's steps, waiting for its answer.</summary>
    public PendingQuestion Pending { get; set; }
    /// <summary>For <see cref="PendingQuestion.ResumeOffer"/>: the unfinished practice offered.</summary>
    public PracticeState? Offered { get; set; }
    /// <summary>Version of the script this position belongs to.</summary>
    public int ScriptVersion { get; set; }
    /// <summary>The step waiting for an answer; null before the practice has started.</summary>
    public string? StepId { get; set; }
    /// <summary>The step to go back to after a pain report, a check or a question.</summary>
    public string? ResumeStepId { get; set; }
    /// <summary>The practice has ended (finished, stopped, or a red flag).</summary>
    public bool Ended { get; set; }
    /// <summary>How it ended; InProgress until then.</summary>
    public PracticeOutcome Outcome { get; set; }
    /// <summary>When this practice began (the greeting), or null before.</summary>
    public DateTimeOffset? StartedAt { get; set; }
    /// <summary>When the listener last moved it on: the age of an unfinished practice.</summary>
    public DateTimeOffset? UpdatedAt { get; set; }
    /// <summary>The listener asked to pause.</summary>
    public bool Paused { get; set; }
    /// <summary>Index of the working leg in the script's legs.</summary>
    public int Leg { get; set; }
    /// <summary>The current repetition of the working leg, 0 before the first.</summary>
    public int Rep { get; set; }
    /// <summary>Repetitions planned for the working leg once the listener asked for more; 0 is the script's default.</summary>
    public int Wanted { get; set; }
    /// <summary>Repetitions done, per leg index.</summary>
    public List<int> RepsDone { get; set; } = [];
    /// <summary>The answers given, by step id (the safety screen, the surface).</summary>
    public Dictionary<string, string> Answers { get; set; } = [];
    /// <summary>Pace of the guidance.</summary>
    public Pace Pace { get; set; } = Pace.Normal;
    /// <summary>Words of a possible pain report awaiting confirmation.</summary>
    public string? PendingPainWords { get; set; }
    /// <summary>Pain reports of this practice.</summary>
    public List<SafetyNote> Notes { get; set; } = [];
    /// <summary>Legs (by index) that hurt or reached a stretch: their movement stays smaller.</summary>
    public List<int> GentleLegs { get; set; } = [];
    /// <summary>How many answers to the pain-kind question were unclear, for the report being described.</summary>
    public int UnclearKinds { get; set; }
    /// <summary>The red flag kind of a mention that the bot is checking ("is it happening now?").</summary>
    public string? PendingFlag { get; set; }
    /// <summary>Answers in a row that were not understood at a prompt.</summary>
    public int UnclearInARow { get; set; }
    /// <summary>The practice stopped for safety: it does not begin again before this time.</summary>
    public DateTimeOffset? HeldUntil { get; set; }

    /// <summary>A deep copy, so that a failed turn can leave the saved position untouched.</summary>
    public PracticeState Clone()
    {
        var copy = new PracticeState();
        copy.CopyFrom(this);
        return copy;
    }

    /// <summary>Takes every value of <paramref name="other"/> (deep), for a resumed practice.</summary>
    public void CopyFrom(PracticeState other)
    {
        SessionId = other.SessionId;
        Pending = other.Pending;
        Offered = other.Offered?.Clone();
        ScriptVersion = other.ScriptVersion;
        StepId = other.StepId;
        ResumeStepId = other.ResumeStepId;
        Ended = other.Ended;
        Outcome = other.Outcome;
        StartedAt = other.StartedAt;
        UpdatedAt = other.UpdatedAt;
        Paused = other.Paused;
        Leg = other.Leg;
        Rep = other.Rep;
        Wanted = other.Wanted;
        RepsDone = [.. other.RepsDone];
        Answers = new Dictionary<string, string>(other.Answers);
        Pace = other.Pace;
        PendingPainWords = other.PendingPainWords;
        Notes = other.Notes.Select(n => n.Clone()).ToList();
        GentleLegs = [.. other.GentleLegs];
        UnclearKinds = other.UnclearKinds;
        PendingFlag = other.PendingFlag;
        HeldUntil = other.HeldUntil;
        UnclearInARow = other.UnclearInARow;
    }
}
