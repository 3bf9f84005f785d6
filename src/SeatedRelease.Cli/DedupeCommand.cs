using SeatedRelease.Practice.Recognition.Evaluation;

namespace SeatedRelease.Cli;

/// <summary>
/// The "dedupe" verb: takes out of each given corpus file the lines whose words (normalised as the corpus split
/// compares them) are already a line of train/, so a new blind set measures only what was never trained on.
/// Comments and every other line are kept as they are; each removed line is printed.
/// </summary>
public static class DedupeCommand
{
    /// <summary>One line for the verb list.</summary>
    public const string Summary = "drop lines already in train: dedupe [--corpus DIR] FILE...";

    /// <summary>Runs the verb; returns the exit code (0 ok, 2 usage or unreadable file).</summary>
    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        string corpus = Path.Combine("tests", "corpus");
        var files = new List<string>();
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--corpus" && i + 1 < args.Length)
            {
                corpus = args[++i];
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                await error.WriteLineAsync($"dedupe: unknown option '{args[i]}'. usage: dedupe [--corpus DIR] FILE...");
                return 2;
            }
            else
            {
                files.Add(args[i]);
            }
        }
        if (files.Count == 0)
        {
            await error.WriteLineAsync("dedupe: name at least one corpus file. usage: dedupe [--corpus DIR] FILE...");
            return 2;
        }
        try
        {
            var train = await CorpusSplit.ReadTrainAsync(corpus, cancellationToken);
            foreach (var file in files)
            {
                var cases = await CorpusReader.ReadFileAsync(file, cancellationToken);
                var drop = CorpusSplit.Leaks(train, cases).Select(l => l.Candidate.Source).ToHashSet(StringComparer.Ordinal);
                var lines = await File.ReadAllLinesAsync(file, cancellationToken);
                string name = Path.GetFileName(file);
                var kept = new List<string>(lines.Length);
                for (int i = 0; i < lines.Length; i++)
                {
                    if (drop.Contains($"{name}:{i + 1}"))
                    {
                        await output.WriteLineAsync($"{name}:{i + 1}: dropped, already in train: {lines[i]}");
                    }
                    else
                    {
                        kept.Add(lines[i]);
                    }
                }
                await File.WriteAllLinesAsync(file, kept, cancellationToken);
                await output.WriteLineAsync($"{file}: {cases.Count - drop.Count} of {cases.Count} cases kept");
            }
        }
        catch (Exception e) when (e is FormatException or IOException)
        {
            await error.WriteLineAsync(e.Message);
            return 2;
        }
        return 0;
    }
}
