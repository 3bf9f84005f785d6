using SeatedRelease.Practice.Recognition;
using SeatedRelease.Practice.Recognition.Composite;
using SeatedRelease.Practice.Script;

namespace SeatedRelease.Practice.Engine;

/// <summary>Loads everything a practice needs from a dialogs folder, the same way for the host and the command line.</summary>
public static class PracticeLoader
{
    /// <summary>The dialogs folder copied beside the running program.</summary>
    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "dialogs");

    /// <summary>
    /// Loads and validates the script, the recognizer's word lists and its trained model (loaded, never trained here),
    /// cross-checks them, and builds the engine.
    /// </summary>
    /// <exception cref="ScriptException">The script is invalid, or the lexicon names a topic the script cannot answer.</exception>
    /// <exception cref="LexiconException">The lexicon is invalid.</exception>
    public static async Task<PracticeEngine> LoadAsync(string? folder, TimeProvider time, CancellationToken cancellationToken)
    {
        folder = string.IsNullOrEmpty(folder) ? DefaultFolder : folder;
        var script = await ScriptLoader.LoadFolderAsync(folder, cancellationToken);
        var (rules, composite) = await RecognizerLoader.LoadAsync(folder, cancellationToken);
        foreach (var topic in rules.Topics.Where(t => !script.Answers.ContainsKey(t)))
        {
            throw new ScriptException(script.File, 1, null, $"the lexicon can recognize questions about '{topic}', but 'answers' has no '{topic}'.");
        }
        return new PracticeEngine(script, new RecentRecognitions(composite is null ? rules : composite), time);
    }
}
