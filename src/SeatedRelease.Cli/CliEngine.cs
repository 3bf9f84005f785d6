using SeatedRelease.Practice.Engine;
using SeatedRelease.Practice.Recognition;
using SeatedRelease.Practice.Script;

namespace SeatedRelease.Cli;

/// <summary>What the verbs that run a practice share: reading --pace and loading the engine with a readable error.</summary>
internal static class CliEngine
{
    public static bool TryParsePace(string value, out Pace pace) =>
        Enum.TryParse(value, ignoreCase: true, out pace) && !int.TryParse(value, out _);

    /// <summary>The engine, or null after printing what is wrong with the dialogs folder.</summary>
    public static async Task<PracticeEngine?> LoadAsync(string? dialogs, TextWriter error, CancellationToken cancellationToken)
    {
        try
        {
            return await PracticeLoader.LoadAsync(dialogs, TimeProvider.System, cancellationToken);
        }
        catch (Exception e) when (e is ScriptException or LexiconException)
        {
            await error.WriteLineAsync(e.Message);
            return null;
        }
    }
}
