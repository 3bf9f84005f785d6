using SeatedRelease.Practice.Recognition;
using SeatedRelease.Practice.Recognition.Composite;

namespace SeatedRelease.Tests.Recognition;

/// <summary>Loads the repository's lexicon and trained model once for all recognizer tests, as the bot does.</summary>
public sealed class RecognizerFixture
{
    public RecognizerFixture()
    {
        RepoRoot = FindRepoRoot();
        var (rules, composite) = RecognizerLoader.LoadAsync(Path.Combine(RepoRoot, "dialogs"), CancellationToken.None).GetAwaiter().GetResult();
        Recognizer = rules;
        Composite = composite ?? throw new InvalidOperationException("dialogs/recognizer.yaml is missing");
        Model = new ClassifierRecognizer(Composite.Classifier, Composite.Fallback);
    }

    public string RepoRoot { get; }

    /// <summary>The rules alone.</summary>
    public LexiconRecognizer Recognizer { get; }

    /// <summary>What the bot uses: rules, classifier and fallback.</summary>
    public CompositeRecognizer Composite { get; }

    /// <summary>The classifier alone, with the fallback policy.</summary>
    public ClassifierRecognizer Model { get; }

    /// <summary>The recognizer a baseline folder is named for.</summary>
    public IRecognizer ByName(string name) => name switch
    {
        "rules" => Recognizer,
        "model" => Model,
        "composite" => Composite,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    public static string FindRepoRoot() => Support.Repo.Root;
}
