using SeatedRelease.Cli;
using SeatedRelease.Practice.Recognition.Evaluation;

namespace SeatedRelease.Tests.Recognition;

/// <summary>
/// Every corpus file is scored against its baseline, written by
/// <c>dotnet run --project src/SeatedRelease.Cli -- recognize --baseline</c> into tests/corpus/baseline/. A figure that
/// moves beyond <see cref="EvaluationFigures.Compare"/>'s tolerance fails: a loss is a regression, a larger gain means the
/// baseline is regenerated in the same change, so the review shows what moved.
/// </summary>
public sealed class CorpusTargetsTests(RecognizerFixture fixture) : IClassFixture<RecognizerFixture>
{
    public static TheoryData<string, string> CorpusFiles()
    {
        var data = new TheoryData<string, string>();
        string corpus = Path.Combine(RecognizerFixture.FindRepoRoot(), "tests", "corpus");
        foreach (var folder in new[] { CorpusSplit.TrainFolder, CorpusSplit.HeldOutFolder })
        {
            foreach (var file in Directory.GetFiles(Path.Combine(corpus, folder), "*.tsv").Order(StringComparer.Ordinal))
            {
                foreach (var recognizer in new[] { "rules", "model", "composite" })
                {
                    data.Add(recognizer, $"{folder}/{Path.GetFileNameWithoutExtension(file)}");
                }
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public async Task Each_recognizer_scores_each_corpus_file_as_its_baseline_records(string recognizer, string set)
    {
        string corpus = Path.Combine(fixture.RepoRoot, "tests", "corpus");
        var cases = await CorpusReader.ReadFileAsync(Path.Combine(corpus, set + ".tsv"), CancellationToken.None);
        string baselinePath = Path.Combine(corpus, RecognizeCommand.BaselineFolder, recognizer, set + ".eval");
        Assert.True(File.Exists(baselinePath), $"no baseline for {set}: run recognize --recognizer {recognizer} --baseline");
        var baseline = EvaluationFigures.Parse(await File.ReadAllTextAsync(baselinePath));

        var report = CorpusEvaluator.Evaluate(fixture.ByName(recognizer), cases);

        Assert.True(baseline.Compare(EvaluationFigures.Of(report)) is null,
            $"{baseline.Compare(EvaluationFigures.Of(report))}\n{report.Format(set)}");
    }

    [Fact]
    public async Task No_held_out_line_is_a_line_of_train_and_the_held_out_sets_are_large_enough_to_mean_something()
    {
        // The recognizer's own targets (no pain missed, no sharp pain read as mild, nothing taken for ready) are not met
        // on the sets written by new writers (docs/evaluation.md has the figures); each file's baseline holds what it
        // does today, and none of those counts may rise, so nothing is lost.
        var split = await CorpusSplit.LoadAsync(Path.Combine(fixture.RepoRoot, "tests", "corpus"), CancellationToken.None);
        var heldOut = split.HeldOut.SelectMany(s => s.Cases).ToList();
        Assert.True(heldOut.Count >= 500, $"only {heldOut.Count} held-out cases");
        Assert.True(split.TrainCases.Count() > 5000);
    }

    [Fact]
    public async Task The_table_in_docs_evaluation_is_what_the_table_command_makes_now()
    {
        var split = await CorpusSplit.LoadAsync(Path.Combine(fixture.RepoRoot, "tests", "corpus"), CancellationToken.None);
        string doc = await File.ReadAllTextAsync(Path.Combine(fixture.RepoRoot, "docs", "evaluation.md"));

        string table = EvaluationTable.Build(split, [("rules", fixture.Recognizer), ("model", fixture.Model), ("composite", fixture.Composite)]);

        Assert.True(EvaluationTable.Replace(doc, table) == doc,
            "docs/evaluation.md is out of date: run dotnet run --project src/SeatedRelease.Cli -- recognize --dialogs dialogs --table docs/evaluation.md");
    }

    [Fact]
    public async Task Loading_the_split_fails_naming_a_held_out_line_that_train_already_has()
    {
        string root = Directory.CreateTempSubdirectory("split-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "train"));
            Directory.CreateDirectory(Path.Combine(root, "heldout"));
            await File.WriteAllTextAsync(Path.Combine(root, "train", "a.tsv"), "ready\tI'm READY, go on!\tready\nyesno\tnope\tno\n");
            await File.WriteAllTextAsync(Path.Combine(root, "heldout", "b.tsv"), "# written blind\nsurface\ta mat\tmat\nyesno\tim ready go on\tyes\n");

            var e = await Assert.ThrowsAsync<FormatException>(() => CorpusSplit.LoadAsync(root, CancellationToken.None));

            Assert.Contains("b.tsv:3", e.Message);
            Assert.Contains("a.tsv:1", e.Message);
            Assert.DoesNotContain("b.tsv:2", e.Message);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task Dedupe_takes_out_of_a_new_set_only_the_lines_train_already_has()
    {
        string root = Directory.CreateTempSubdirectory("dedupe-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "train"));
            await File.WriteAllTextAsync(Path.Combine(root, "train", "a.tsv"), "ready\tok, next one\tready\n");
            string fresh = Path.Combine(root, "fresh.tsv");
            await File.WriteAllTextAsync(fresh, "# a comment\nready\tOK next one\tready\nready\tmy calf is buzzing\tpain\n");

            int exit = await CliApp.RunAsync(["dedupe", "--corpus", root, fresh], TextReader.Null, TextWriter.Null, TextWriter.Null, CancellationToken.None);

            Assert.Equal(0, exit);
            Assert.Equal(["# a comment", "ready\tmy calf is buzzing\tpain"], await File.ReadAllLinesAsync(fresh));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Nothing_in_the_repository_reads_a_corpus_outside_it()
    {
        // Built from parts so that this file does not name the path it looks for.
        string outside = string.Join('/', "..", "shared");
        var offenders = new[] { "src", "tests", "scripts", "tools" }
            .Select(d => Path.Combine(fixture.RepoRoot, d))
            .Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")
                && !f.Contains($"{Path.DirectorySeparatorChar}node_modules{Path.DirectorySeparatorChar}"))
            .Where(f => Path.GetExtension(f) is ".cs" or ".sh" or ".py" or ".csproj" or ".props" or ".targets" or ".json")
            .Where(f => File.ReadAllText(f).Contains(outside, StringComparison.Ordinal))
            .ToList();
        Assert.True(offenders.Count == 0, string.Join('\n', offenders));
    }
}
