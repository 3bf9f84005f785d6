namespace SeatedRelease.Practice.Recognition;

/// <summary>The lexicon file is not valid; every problem is named with its file, line and offending entry.</summary>
public sealed class LexiconException : Exception
{
    /// <summary>Creates the exception from the list of problems found in one file.</summary>
    public LexiconException(string file, IReadOnlyList<string> problems)
        : base(Describe(file, problems))
    {
        File = file;
        Problems = problems;
    }

    /// <summary>The lexicon file that failed to load.</summary>
    public string File { get; }

    /// <summary>Each problem as "file:line: message".</summary>
    public IReadOnlyList<string> Problems { get; }

    private static string Describe(string file, IReadOnlyList<string> problems) =>
        $"{file}: {problems.Count} problem(s) in the lexicon:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}";
}
