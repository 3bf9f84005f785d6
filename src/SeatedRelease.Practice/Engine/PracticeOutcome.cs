namespace SeatedRelease.Practice.Engine;

/// <summary>How a practice ended, for a parent bot, the user's history and the resume offer.</summary>
public enum PracticeOutcome
{
    /// <summary>Not ended yet.</summary>
    InProgress,
    /// <summary>Both legs and the closing rest were done.</summary>
    Completed,
    /// <summary>The listener said stop, outside the pain branch.</summary>
    Stopped,
    /// <summary>Ended from the pain branch: a red flag, or "stop" while a pain report was open.</summary>
    StoppedForPain,
}
