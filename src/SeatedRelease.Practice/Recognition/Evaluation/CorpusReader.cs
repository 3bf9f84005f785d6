namespace SeatedRelease.Practice.Recognition.Evaluation;

/// <summary>Reads corpus lines "CONTEXT&lt;TAB&gt;UTTERANCE[&lt;TAB&gt;EXPECTED]"; '#' lines and blank lines are skipped.</summary>
public static class CorpusReader
{
    /// <summary>The outcome of reading one line.</summary>
    public enum LineKind
    {
        /// <summary>A comment or blank line: no output.</summary>
        Skipped,
        /// <summary>A case was read.</summary>
        Case,
        /// <summary>The line is not "CONTEXT TAB UTTERANCE" with a known context.</summary>
        Malformed,
    }

    /// <summary>Parses one line; <paramref name="source"/> names it in reports.</summary>
    public static LineKind ParseLine(string line, string source, out CorpusCase? corpusCase)
    {
        corpusCase = null;
        if (line.Length == 0 || line.StartsWith('#') || string.IsNullOrWhiteSpace(line))
        {
            return LineKind.Skipped;
        }
        var columns = line.Split('\t');
        if (columns.Length < 2 || !PromptContexts.TryParse(columns[0], out var context))
        {
            return LineKind.Malformed;
        }
        string? expected = columns.Length >= 3 && columns[2].Trim().Length > 0 ? columns[2].Trim() : null;
        corpusCase = new CorpusCase(context, columns[1], expected, source);
        return LineKind.Case;
    }

    /// <summary>Reads every labelled case of a file.</summary>
    /// <exception cref="FormatException">A line is malformed or has no expected label.</exception>
    public static async Task<IReadOnlyList<CorpusCase>> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        var lines = await File.ReadAllLinesAsync(path, cancellationToken).ConfigureAwait(false);
        var cases = new List<CorpusCase>(lines.Length);
        string name = Path.GetFileName(path);
        for (int i = 0; i < lines.Length; i++)
        {
            string source = $"{name}:{i + 1}";
            var kind = ParseLine(lines[i], source, out var corpusCase);
            if (kind == LineKind.Malformed || (kind == LineKind.Case && corpusCase!.Expected is null))
            {
                throw new FormatException($"{path}:{i + 1}: expected CONTEXT<TAB>UTTERANCE<TAB>EXPECTED with a known context, found '{lines[i]}'");
            }
            if (corpusCase is not null)
            {
                cases.Add(corpusCase);
            }
        }
        return cases;
    }
}
