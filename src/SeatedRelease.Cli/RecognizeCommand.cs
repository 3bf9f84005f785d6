using SeatedRelease.Practice.Recognition;
using SeatedRelease.Practice.Recognition.Composite;
using SeatedRelease.Practice.Recognition.Evaluation;

namespace SeatedRelease.Cli;

/// <summary>
/// The "recognize" verb. Without options: reads CONTEXT&lt;TAB&gt;UTTERANCE lines on stdin and writes one
/// label per line, nothing else, so that its output can be diffed against a corpus' third column.
/// With --eval FILE...: prints accuracy per context, pain recall, false-pain and false-ready rates and every miss.
/// With --baseline: writes that report for every file of the corpus split into tests/corpus/baseline/RECOGNIZER/,
/// the files the corpus tests compare against.
/// </summary>
public static class RecognizeCommand
{
    /// <summary>One line for the verb list.</summary>
    public const string Summary = "label CONTEXT<TAB>UTTERANCE lines from stdin; --recognizer rules|model|composite (default composite); --eval FILE... scores labelled corpora; --baseline [--corpus DIR] writes tests/corpus/baseline; --table DOC fills docs/evaluation.md's table; --dialogs DIR";

    /// <summary>Runs the verb; returns the exit code (0 ok, 1 bad input line or targets not met, 2 usage or lexicon error).</summary>
    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        string dialogs = SeatedRelease.Practice.Engine.PracticeLoader.DefaultFolder;
        var evalFiles = new List<string>();
        bool baseline = false;
        string kind = "composite";
        string? table = null;
        string corpus = Path.Combine("tests", "corpus");
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--dialogs" when i + 1 < args.Length:
                    dialogs = args[++i];
                    break;
                case "--eval" when i + 1 < args.Length:
                    while (i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
                    {
                        evalFiles.Add(args[++i]);
                    }
                    break;
                case "--recognizer" when i + 1 < args.Length && args[i + 1] is "rules" or "model" or "composite":
                    kind = args[++i];
                    break;
                case "--table" when i + 1 < args.Length:
                    table = args[++i];
                    break;
                case "--baseline":
                    baseline = true;
                    break;
                case "--corpus" when i + 1 < args.Length:
                    corpus = args[++i];
                    break;
                default:
                    await error.WriteLineAsync($"recognize: unknown or incomplete option '{args[i]}'. usage: recognize [--dialogs DIR] [--recognizer rules|model|composite] [--eval FILE... | --baseline [--corpus DIR] | --table DOC]");
                    return 2;
            }
        }

        IRecognizer recognizer;
        try
        {
            var (rules, composite) = await RecognizerLoader.LoadAsync(dialogs, cancellationToken);
            if (table is not null && composite is not null)
            {
                var split = await CorpusSplit.LoadAsync(corpus, cancellationToken);
                string markdown = EvaluationTable.Build(split, [("rules", rules), ("model", new ClassifierRecognizer(composite.Classifier, composite.Fallback)), ("composite", composite)]);
                await File.WriteAllTextAsync(table, EvaluationTable.Replace(await File.ReadAllTextAsync(table, cancellationToken), markdown), cancellationToken);
                await output.WriteLineAsync($"{table}: table written");
                return 0;
            }
            recognizer = kind switch
            {
                "rules" => rules,
                _ when composite is null => throw new LexiconException(dialogs, [$"{dialogs}: no {RecognizerSettings.FileName}, so no '{kind}' recognizer"]),
                "model" => new ClassifierRecognizer(composite.Classifier, composite.Fallback),
                _ => composite,
            };
        }
        catch (Exception e) when (e is LexiconException or IOException or FormatException)
        {
            await error.WriteLineAsync(e.Message);
            return 2;
        }

        if (baseline)
        {
            return await WriteBaselinesAsync(recognizer, kind, corpus, output, error, cancellationToken);
        }
        return evalFiles.Count > 0
            ? await EvaluateAsync(recognizer, evalFiles, output, error, cancellationToken)
            : await LabelAsync(recognizer, input, output, error, cancellationToken);
    }

    private static async Task<int> LabelAsync(IRecognizer recognizer, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        int exit = 0;
        int number = 0;
        while (await input.ReadLineAsync(cancellationToken) is { } line)
        {
            number++;
            var kind = CorpusReader.ParseLine(line.TrimEnd('\r'), $"stdin:{number}", out var corpusCase);
            if (kind == CorpusReader.LineKind.Skipped)
            {
                continue;
            }
            if (kind == CorpusReader.LineKind.Malformed)
            {
                // Still one label per line, so the output stays aligned with the input.
                await output.WriteLineAsync("unknown");
                await error.WriteLineAsync($"stdin:{number}: expected CONTEXT<TAB>UTTERANCE with context ready, yesno, surface or painkind");
                exit = 1;
                continue;
            }
            await output.WriteLineAsync(recognizer.Recognize(corpusCase!.Context, corpusCase.Utterance).Label);
        }
        return exit;
    }

    private static async Task<int> EvaluateAsync(IRecognizer recognizer, List<string> files, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var all = new List<CorpusCase>();
        foreach (var file in files)
        {
            IReadOnlyList<CorpusCase> cases;
            try
            {
                cases = await CorpusReader.ReadFileAsync(file, cancellationToken);
            }
            catch (Exception e) when (e is FormatException or IOException)
            {
                await error.WriteLineAsync(e.Message);
                return 2;
            }
            all.AddRange(cases);
            await output.WriteAsync(CorpusEvaluator.Evaluate(recognizer, cases).Format(file));
        }
        if (files.Count > 1)
        {
            await output.WriteAsync(CorpusEvaluator.Evaluate(recognizer, all).Format("all files"));
        }
        return 0;
    }

    private static async Task<int> WriteBaselinesAsync(IRecognizer recognizer, string name, string corpus, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        CorpusSplit split;
        try
        {
            split = await CorpusSplit.LoadAsync(corpus, cancellationToken);
        }
        catch (Exception e) when (e is FormatException or IOException)
        {
            await error.WriteLineAsync(e.Message);
            return 2;
        }
        foreach (var (folder, sets) in new[] { (CorpusSplit.TrainFolder, split.Train), (CorpusSplit.HeldOutFolder, split.HeldOut) })
        {
            string target = Path.Combine(corpus, BaselineFolder, name, folder);
            Directory.CreateDirectory(target);
            // A set that moved from held-out to train leaves a baseline behind that nothing would ever check again.
            var current = sets.Select(set => set.Name + ".eval").ToHashSet(StringComparer.Ordinal);
            foreach (var stale in Directory.EnumerateFiles(target, "*.eval").Where(f => !current.Contains(Path.GetFileName(f))))
            {
                File.Delete(stale);
            }
            foreach (var set in sets)
            {
                string text = CorpusEvaluator.Evaluate(recognizer, set.Cases).Format($"{folder}/{set.Name}");
                await File.WriteAllTextAsync(Path.Combine(target, set.Name + ".eval"), text, cancellationToken);
            }
            await output.WriteLineAsync($"{target}: {sets.Count} baseline files");
        }
        return 0;
    }

    /// <summary>The folder, inside the corpus folder, of the baseline files.</summary>
    public const string BaselineFolder = "baseline";
}
