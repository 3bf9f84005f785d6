namespace SeatedRelease.Practice.Engine;

/// <summary>A yes/no question the engine asked outside the script's steps.</summary>
public enum PendingQuestion
{
    /// <summary>None is waiting.</summary>
    None,
    /// <summary>"Shall we pick up where you left off?" about <see cref="PracticeState.Offered"/>.</summary>
    ResumeOffer,
    /// <summary>"Shall I delete everything I keep about you?"</summary>
    Forget,
}
