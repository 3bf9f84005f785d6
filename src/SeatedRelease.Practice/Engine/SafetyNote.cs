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
    /// <summary>"sharp", "mild" or "stretch" once known; null until then.</summary>
    public string? Kind { get; set; }
    /// <summary>The listener's own words when asked what the pain was like.</summary>
    public string? Described { get; set; }
    /// <summary>The red flag kind the words named (an id of dialogs/safety.yaml), or null.</summary>
    public string? RedFlag { get; set; }
    /// <summary>A possible pain that the listener, asked, said did not hurt.</summary>
    public bool Denied { get; set; }

    /// <summary>Adds what the listener said about this report, after anything said before.</summary>
    public void Describe(string words) => Described = Described is null ? words : Described + "; " + words;

    /// <summary>A report of pain: not a denied mention and not a stretch felt.</summary>
    public bool IsPain => !Denied && Kind != "stretch";
    /// <summary>What the bot advised.</summary>
    public string? Advice { get; set; }

    /// <summary>A copy.</summary>
    public SafetyNote Clone() => (SafetyNote)MemberwiseClone();

    /// <summary>The same report (time and words), whichever copy it is: used to merge notes without losing or doubling any.</summary>
    public bool SameReport(SafetyNote other) => Time == other.Time && Words == other.Words && StepId == other.StepId;

    /// <summary>The same report, described the same way (kind and advice): nothing about it changed.</summary>
    public bool SameAs(SafetyNote other) => SameReport(other) && Kind == other.Kind && Advice == other.Advice
        && Described == other.Described && RedFlag == other.RedFlag && Denied == other.Denied;
}
