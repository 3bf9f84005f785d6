using SeatedRelease.Practice.Recognition;
using SeatedRelease.Practice.Script;

namespace SeatedRelease.Practice.Engine;

/// <summary>Loads everything a practice needs from a dialogs folder, the same way for the host and the command line.</summary>
public static class PracticeLoader
{
    /// <summary>The dialogs folder copied beside the running program.</summary>
    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "dialogs");

    /// <summary>Loads and validates the script and the recognizer's word lists, and builds the engine.</summary>
    /// <exception cref="ScriptException">Something in the folder is invalid.</exception>
    public static async Task<PracticeEngine> LoadAsync(string? folder, TimeProvider time, CancellationToken cancellationToken)
    {
        folder = string.IsNullOrEmpty(folder) ? DefaultFolder : folder;
        var script = await ScriptLoader.LoadFolderAsync(folder, cancellationToken);
        var recognizer = await RecognizerFactory.LoadAsync(folder, cancellationToken);
        return new PracticeEngine(script, recognizer, time);
    }
}
