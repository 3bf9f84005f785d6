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

    /// <summary>Bytes this thread allocated recognizing the utterances once more, after a first pass warmed them up.</summary>
    public long BytesAllocatedRecognizing((PromptContext Context, string Text)[] utterances)
    {
        foreach (var (context, text) in utterances) Recognizer.Recognize(context, text);
        long before = GC.GetAllocatedBytesForCurrentThread();
        foreach (var (context, text) in utterances) Recognizer.Recognize(context, text);
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    public static string FindRepoRoot() => Support.Repo.Root;
}
