using System.Text;

namespace SeatedRelease.Practice.Recognition.Evaluation;

/// <summary>One corpus file and its cases.</summary>
/// <param name="Name">The file name without its extension ("own").</param>
/// <param name="Path">The file's path.</param>
/// <param name="Cases">Its labelled cases, in file order.</param>
public sealed record CorpusSet(string Name, string Path, IReadOnlyList<CorpusCase> Cases);

/// <summary>
/// The corpus split in two: <c>train/</c> may shape rules and train the classifier, <c>heldout/</c> never does either.
/// Loading refuses a held-out line whose words (after <see cref="Normalise"/>) are also a line of train, at any
/// prompt, so that no held-out figure is a figure on something trained on.
/// </summary>
public sealed class CorpusSplit
{
    /// <summary>The folder of files that may shape rules or train.</summary>
    public const string TrainFolder = "train";

    /// <summary>The folder of files that measure only.</summary>
    public const string HeldOutFolder = "heldout";

    private CorpusSplit(IReadOnlyList<CorpusSet> train, IReadOnlyList<CorpusSet> heldOut)
    {
        Train = train;
        HeldOut = heldOut;
    }

    /// <summary>The training files, ordered by name.</summary>
    public IReadOnlyList<CorpusSet> Train { get; }

    /// <summary>The held-out files, ordered by name.</summary>
    public IReadOnlyList<CorpusSet> HeldOut { get; }

    /// <summary>Every training case, file after file.</summary>
    public IEnumerable<CorpusCase> TrainCases => Train.SelectMany(s => s.Cases);

    /// <summary>Reads corpusFolder/train/*.tsv and corpusFolder/heldout/*.tsv and checks that held-out lines are unseen.</summary>
    /// <exception cref="FormatException">A line is malformed, or held-out lines also appear in train (each named file:line).</exception>
    public static async Task<CorpusSplit> LoadAsync(string corpusFolder, CancellationToken cancellationToken)
    {
        var train = await ReadFolderAsync(Path.Combine(corpusFolder, TrainFolder), cancellationToken).ConfigureAwait(false);
        var heldOut = await ReadFolderAsync(Path.Combine(corpusFolder, HeldOutFolder), cancellationToken).ConfigureAwait(false);
        var leaks = Leaks(train.SelectMany(s => s.Cases), heldOut.SelectMany(s => s.Cases));
        if (leaks.Count > 0)
        {
            var message = new StringBuilder($"{leaks.Count} held-out line(s) also appear in {TrainFolder}/ (run the dedupe verb on the held-out file):");
            foreach (var (heldOutCase, trainCase) in leaks.Take(20))
            {
                message.Append($"\n  {heldOutCase.Source} '{heldOutCase.Utterance}' is {trainCase.Source}");
            }
            throw new FormatException(message.ToString());
        }
        return new CorpusSplit(train, heldOut);
    }

    /// <summary>Every case of corpusFolder/train, file after file, without the held-out check (for deduplicating a new set).</summary>
    /// <exception cref="FormatException">A line is malformed, or the folder is missing.</exception>
    public static async Task<List<CorpusCase>> ReadTrainAsync(string corpusFolder, CancellationToken cancellationToken) =>
        (await ReadFolderAsync(Path.Combine(corpusFolder, TrainFolder), cancellationToken).ConfigureAwait(false)).SelectMany(s => s.Cases).ToList();

    /// <summary>Each case of <paramref name="candidates"/> whose normalised words are a line of <paramref name="train"/>, with that line.</summary>
    public static List<(CorpusCase Candidate, CorpusCase Train)> Leaks(IEnumerable<CorpusCase> train, IEnumerable<CorpusCase> candidates)
    {
        var seen = new Dictionary<string, CorpusCase>(StringComparer.Ordinal);
        foreach (var c in train)
        {
            seen.TryAdd(Normalise(c.Utterance), c);
        }
        var leaks = new List<(CorpusCase, CorpusCase)>();
        foreach (var c in candidates)
        {
            if (seen.TryGetValue(Normalise(c.Utterance), out var match))
            {
                leaks.Add((c, match));
            }
        }
        return leaks;
    }

    /// <summary>The form two lines are compared in: the classifier's own normalisation (spelling kept, marks and case not).</summary>
    public static string Normalise(string utterance) => Classifier.ClassifierText.Normalise(utterance);

    private static async Task<List<CorpusSet>> ReadFolderAsync(string folder, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(folder))
        {
            throw new FormatException($"{folder}: corpus folder missing");
        }
        var sets = new List<CorpusSet>();
        foreach (var path in Directory.GetFiles(folder, "*.tsv").Order(StringComparer.Ordinal))
        {
            var cases = await CorpusReader.ReadFileAsync(path, cancellationToken).ConfigureAwait(false);
            sets.Add(new CorpusSet(Path.GetFileNameWithoutExtension(path), path, cases));
        }
        return sets;
    }
}
