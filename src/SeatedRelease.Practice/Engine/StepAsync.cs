namespace SeatedRelease.Practice.Engine;

/// <summary>One step of the waterfall: entered with no answer, resumed with the listener's answer.</summary>
public delegate ValueTask<StepResult> StepAsync(StepContext context, CancellationToken cancellationToken);
