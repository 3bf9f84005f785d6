namespace SeatedRelease.Cli;

/// <summary>Dispatches the command-line verbs; each verb lives in its own file.</summary>
public static class CliApp
{
    private static readonly Dictionary<string, (string Summary, Func<string[], TextReader, TextWriter, TextWriter, CancellationToken, Task<int>> Run)> Verbs = new()
    {
        ["chat"] = ("practise in the terminal: chat [--voice] [--pace slow|normal|fast] [--no-wait]", ChatCommand.RunAsync),
        ["dedupe"] = (DedupeCommand.Summary, DedupeCommand.RunAsync),
        ["listen"] = ("hear a whole session: listen [--pace slow|normal|fast] [--out FILE]; needs espeak-ng", ListenCommand.RunAsync),
        ["recognize"] = (RecognizeCommand.Summary, RecognizeCommand.RunAsync),
        ["teams-app"] = (Teams.TeamsAppCommand.Summary, Teams.TeamsAppCommand.RunAsync),
        ["train"] = (TrainCommand.Summary, TrainCommand.RunAsync),
        ["validate"] = ("check the practice script and word lists: validate [DIALOGS_FOLDER]", ValidateCommand.RunAsync),
    };

    /// <summary>Runs one verb with its arguments; returns the process exit code.</summary>
    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (args.Length == 0 || !Verbs.TryGetValue(args[0], out var verb))
        {
            await error.WriteLineAsync("usage: seatedrelease <verb> [options]");
            foreach (var (name, v) in Verbs)
            {
                await error.WriteLineAsync($"  {name,-10} {v.Summary}");
            }
            return 2;
        }
        return await verb.Run(args[1..], input, output, error, cancellationToken);
    }
}
