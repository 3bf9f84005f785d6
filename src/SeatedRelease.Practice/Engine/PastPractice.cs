namespace SeatedRelease.Practice.Engine;

/// <summary>One practice as the user's history keeps it: when, how it ended, repetitions per leg, safety notes.</summary>
public sealed class PastPractice
{
    /// <summary>The practice's own id; it survives a resume in another conversation.</summary>
    public string SessionId { get; set; } = "";
    /// <summary>When it began.</summary>
    public DateTimeOffset StartedAt { get; set; }
    /// <summary>When it was last moved on.</summary>
    public DateTimeOffset UpdatedAt { get; set; }
    /// <summary>How it ended, or InProgress.</summary>
    public PracticeOutcome Outcome { get; set; }
    /// <summary>Repetitions done, per leg index.</summary>
    public List<int> RepsDone { get; set; } = [];
    /// <summary>Its pain reports.</summary>
    public List<SafetyNote> Notes { get; set; } = [];

    /// <summary>The history entry of a practice state, copied so that later turns cannot change it.</summary>
    public static PastPractice Of(PracticeState state)
    {
        var copy = state.Clone();
        return new PastPractice
        {
            SessionId = copy.SessionId,
            StartedAt = copy.StartedAt ?? copy.UpdatedAt ?? default,
            UpdatedAt = copy.UpdatedAt ?? default,
            Outcome = copy.Outcome,
            RepsDone = copy.RepsDone,
            Notes = copy.Notes,
        };
    }
}
