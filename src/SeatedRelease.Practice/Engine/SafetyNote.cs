namespace SeatedRelease.Practice.Engine;

/// <summary>One pain report: kept in state, read back in the summary, kept with the user's history.</summary>
public sealed class SafetyNote
{
    /// <summary>When it was reported.</summary>
    public DateTimeOffset Time { get; set; }
    /// <summary>The step the listener was at.</summary>
    public string StepId { get; set; } = "";
    /// <summary>The working leg, or null during set-up.</summary>
    public string? Leg { get; set; }
    /// <summary>The repetition of that leg, or null.</summary>
    public int? Rep { get; set; }
    /// <summary>Reported at a rest or after the practice, not in set-up nor during a leg.</summary>
    public bool AtRest { get; set; }
    /// <summary>The listener's own words.</summary>
    public string Words { get; set; } = "";
    /// <summary>"sharp" or "mild" once the listener said; null until then.</summary>
    public string? Kind { get; set; }
    /// <summary>What the bot advised.</summary>
    public string? Advice { get; set; }
}
