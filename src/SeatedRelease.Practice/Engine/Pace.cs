namespace SeatedRelease.Practice.Engine;

/// <summary>How unhurried the guidance is; scales every pause and the speaking rate.</summary>
public enum Pace
{
    /// <summary>Longer pauses, slower speech.</summary>
    Slow,
    /// <summary>The script's own pauses.</summary>
    Normal,
    /// <summary>Shorter pauses, slightly quicker speech.</summary>
    Fast,
}
