namespace SeatedRelease.Practice.Engine;

/// <summary>What a step did.</summary>
public enum StepResult
{
    /// <summary>The step spoke and waits for the listener.</summary>
    Waiting,
    /// <summary>The step is over; go on to the next one in the same turn.</summary>
    Next,
    /// <summary>The practice is over.</summary>
    Done,
}
