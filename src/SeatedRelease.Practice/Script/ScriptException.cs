namespace SeatedRelease.Practice.Script;

/// <summary>A script that cannot be run; the message names the file, the line and the step.</summary>
public sealed class ScriptException(string file, int line, string? stepId, string problem)
    : Exception($"{file}:{line}: {(stepId is null ? "" : $"step '{stepId}': ")}{problem}")
{
    /// <summary>The script file.</summary>
    public string File { get; } = file;
    /// <summary>The 1-based line of the problem.</summary>
    public int Line { get; } = line;
    /// <summary>The step concerned, if any.</summary>
    public string? StepId { get; } = stepId;
}
