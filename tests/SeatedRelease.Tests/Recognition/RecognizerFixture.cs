using SeatedRelease.Practice.Recognition;

namespace SeatedRelease.Tests.Recognition;

/// <summary>Loads the repository's lexicon once for all recognizer tests.</summary>
public sealed class RecognizerFixture
{
    public RecognizerFixture()
    {
        RepoRoot = FindRepoRoot();
        Recognizer = LexiconRecognizer.LoadAsync(Path.Combine(RepoRoot, "dialogs"), CancellationToken.None).GetAwaiter().GetResult();
    }

    public string RepoRoot { get; }

    public LexiconRecognizer Recognizer { get; }

    public static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SeatedRelease.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"No SeatedRelease.sln above {AppContext.BaseDirectory}");
    }
}
