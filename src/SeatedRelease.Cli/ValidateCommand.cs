namespace SeatedRelease.Cli;

/// <summary>`validate [DIALOGS]`: loads the script and the recognizer's words as the bot would, and says what is wrong.</summary>
internal static class ValidateCommand
{
    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (await CliEngine.LoadAsync(args.Length > 0 ? args[0] : null, error, cancellationToken) is not { } engine) return 1;
        var script = engine.Script;
        await output.WriteLineAsync($"{script.File}: {script.Steps.Count} steps, {script.Legs.Count} legs, {script.Repetitions} repetitions each: valid.");
        return 0;
    }
}
