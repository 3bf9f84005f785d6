using SeatedRelease.Practice.Recognition.Evaluation;

namespace SeatedRelease.Tests.Recognition;

public sealed class CorpusTargetsTests(RecognizerFixture fixture) : IClassFixture<RecognizerFixture>
{
    public static TheoryData<string> CorpusFiles => new()
    {
        "../shared/corpus/utterances.tsv",
        "tests/corpus/own.tsv",
        "tests/corpus/holdout.tsv",
        "tests/corpus/review.tsv",
        // Written blind with review.tsv and never tuned on phrase by phrase. Its two missed pain reports led to a
        // general rule (an utterance naming a body part that matches nothing else is a possible pain), so it is no
        // longer a blind measure; README.md says so.
        "tests/corpus/review-holdout.tsv",
        // Written for issue 3 before its structural rules (cries by shape, sensation forms, imagery at the pain-kind
        // prompt, questions at the screen); the rules were then built against it, so it is not blind either.
        "tests/corpus/generalise.tsv",
        // Written for the recog4 pass before its sentence rules (negated choices, command words inside sentences,
        // explicit answers beside a negated pain word, condition questions, back-channels, split and merged words);
        // 45.5% before them. The rules were then built against it, so it is not blind.
        "tests/corpus/structure.tsv",
        "tests/corpus/typos.tsv",
        // Written for the recog6 pass from the kinds of blind8's and blind9's misses as described, before its rules
        // (40.3% then), plus a marked block added from probes after them; the rules were built against it.
        "tests/corpus/recog6.tsv",
        // Written for the recog7 pass from the kinds of held-out misses its brief described (64.1% before its rules),
        // plus a marked block from probes after them; the rules were built against it.
        "tests/corpus/recog7.tsv",
        // Written for the recog8 pass from the kinds of blind12's misses its brief described (49.6% before its rules);
        // the rules were built against it.
        "tests/corpus/recog8.tsv",
        // Written for the recog9 pass from the kinds of blind13's misses its brief described (50.4% before its rules);
        // the rules were built against it.
        "tests/corpus/recog9.tsv",
        // Written for the recog10 pass from the kinds of blind14's misses its brief described (42.9% before its rules);
        // the rules were built against it.
        "tests/corpus/recog10.tsv",
        // Written for the recog11 pass from the kinds of blind15's misses its brief described (34.5% before its rules);
        // the rules were built against it.
        "tests/corpus/recog11.tsv",
        // Written for the recog12 pass from the kinds of blind18's misses its brief described (46.2% before its rules);
        // the rules were built against it.
        "tests/corpus/recog12.tsv",
        // Written for the recog13 pass from the kinds of blind19's misses its brief described (46.5% before its rules);
        // the rules were built against it.
        "tests/corpus/recog13.tsv",
        // Written for the recog14 pass from the kinds of blind20's misses its brief described (51.5% before its rules);
        // the rules were built against it.
        "tests/corpus/recog14.tsv",
        // Written for the recog15 pass from the kinds of blind21's misses its brief described (57.8% of its first 90 before
        // its rules); the rules were built against it.
        "tests/corpus/recog15.tsv",
        // Written for the recog16 pass from the kinds of blind22's misses its brief described (49.5% before its rules);
        // the rules were built against it.
        "tests/corpus/recog16.tsv",
        // Written for the recog17 pass from the kinds of blind24's misses its brief described (70.7% before its rules);
        // the rules were built against it.
        "tests/corpus/recog17.tsv",
        // Written for the recog18 pass from the kinds of blind25's and blind26's misses their brief described (see the
        // README for its figure before the rules); the rules were built against it.
        "tests/corpus/recog18.tsv",
        // Written for the recog19 pass from the kinds of blind27's and blind28's misses their brief described (see the
        // README for its figure before the rules); the rules were built against it.
        "tests/corpus/recog19.tsv",
        // Written for the recog20 pass from the kinds of blind29's and blind30's misses their brief described (see the
        // README for its figure before the rules); the rules were built against it.
        "tests/corpus/recog20.tsv",
    };

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public async Task Corpus_meets_the_recognizer_targets(string relativePath)
    {
        string path = Path.GetFullPath(Path.Combine(fixture.RepoRoot, relativePath));
        Assert.True(File.Exists(path), $"corpus file missing: {path}");
        var cases = await CorpusReader.ReadFileAsync(path, CancellationToken.None);
        Assert.NotEmpty(cases);

        var report = CorpusEvaluator.Evaluate(fixture.Recognizer, cases);
        string details = report.Format(relativePath);

        Assert.True(report.PainRecall == 1.0, $"pain recall below 100%\n{details}");
        Assert.True(report.Accuracy >= 0.97, $"accuracy below 97%\n{details}");
        Assert.True(report.FalseReadyRate <= 0.01, $"false ready above 1%\n{details}");
        Assert.True(report.FalsePainRate <= 0.02, $"false pain above 2%\n{details}");
    }

    // blind.tsv was written by someone who had not seen the lexicon or any corpus, and is never tuned on.
    // It does not meet the pain-recall target (91.2% untuned, 93.0% after a general fix for possessives such as
    // "back's"): the issue stays open on that. What it meets is enforced; the recall floor only guards against
    // getting worse, it is not the target.
    [Fact]
    public async Task Blind_corpus_keeps_false_ready_and_false_pain_within_targets_and_recall_does_not_fall()
    {
        const string relativePath = "tests/corpus/blind.tsv";
        var cases = await CorpusReader.ReadFileAsync(Path.Combine(fixture.RepoRoot, relativePath), CancellationToken.None);
        var report = CorpusEvaluator.Evaluate(fixture.Recognizer, cases);
        string details = report.Format(relativePath);
        Assert.True(report.FalseReadyRate <= 0.01, $"false ready above 1%\n{details}");
        Assert.True(report.FalsePainRate <= 0.02, $"false pain above 2%\n{details}");
        Assert.True(report.PainRecall >= 53.0 / 57, $"pain recall fell below its measured 53 of 57\n{details}");
    }

    // blind3.tsv was written by someone who saw neither the lexicon nor any corpus, and measured once, untuned:
    // 134/150 correct, pain recall 57/57, false pain 3/93, false ready 1/53. Those figures are floors here, so a
    // change can only hold or improve them; the targets for accuracy and the false rates are not met on it.
    [Fact]
    public async Task Third_blind_corpus_misses_no_pain_and_does_not_fall_below_its_first_measurement()
    {
        const string relativePath = "tests/corpus/blind3.tsv";
        var cases = await CorpusReader.ReadFileAsync(Path.Combine(fixture.RepoRoot, relativePath), CancellationToken.None);
        var report = CorpusEvaluator.Evaluate(fixture.Recognizer, cases);
        string details = report.Format(relativePath);
        Assert.True(report.PainRecall >= 1.0, $"a pain report was missed\n{details}");
        Assert.True(report.FalseReadyRate <= 1.0 / 53 + 1e-9, $"false ready above its measured 1 of 53\n{details}");
        Assert.True(report.FalsePainRate <= 3.0 / 93 + 1e-9, $"false pain above its measured 3 of 93\n{details}");
        Assert.True(report.Accuracy >= 134.0 / 150 - 1e-9, $"accuracy below its measured 134 of 150\n{details}");
    }

    // Later blind sets, each written by a helper who saw no lexicon, code or corpus and measured once before anything
    // was changed for it: correct, pain recall, false pain and false ready as first measured. Floors, not targets:
    // every one of them misses the targets, and the issue stays open on that.
    [Theory]
    [InlineData("tests/corpus/blind4.tsv", 183, 200, 55, 60, 1, 140, 4, 93)]
    [InlineData("tests/corpus/blind5.tsv", 173, 200, 56, 58, 4, 142, 2, 92)]
    [InlineData("tests/corpus/blind6.tsv", 179, 200, 56, 58, 2, 142, 4, 88)]
    [InlineData("tests/corpus/blind7.tsv", 175, 200, 58, 59, 2, 141, 0, 87)]
    [InlineData("tests/corpus/blind8.tsv", 178, 200, 57, 60, 2, 140, 0, 88)]
    [InlineData("tests/corpus/blind9.tsv", 184, 200, 54, 54, 2, 146, 1, 92)]
    [InlineData("tests/corpus/blind10.tsv", 192, 200, 54, 54, 3, 146, 0, 92)]
    [InlineData("tests/corpus/blind11.tsv", 193, 200, 55, 56, 2, 144, 0, 92)]
    [InlineData("tests/corpus/blind12.tsv", 177, 200, 42, 43, 3, 157, 2, 88)]
    [InlineData("tests/corpus/blind13.tsv", 181, 200, 40, 42, 2, 158, 0, 90)]
    [InlineData("tests/corpus/blind14.tsv", 184, 200, 38, 38, 4, 162, 1, 95)]
    [InlineData("tests/corpus/blind15.tsv", 165, 200, 35, 36, 4, 164, 3, 98)]
    [InlineData("tests/corpus/blind16.tsv", 197, 200, 40, 40, 1, 160, 0, 80)]
    [InlineData("tests/corpus/blind17.tsv", 194, 200, 40, 40, 0, 160, 0, 85)]
    [InlineData("tests/corpus/blind18.tsv", 163, 200, 39, 39, 10, 161, 5, 94)]
    [InlineData("tests/corpus/blind19.tsv", 179, 200, 38, 38, 5, 162, 2, 88)]
    [InlineData("tests/corpus/blind20.tsv", 189, 200, 43, 43, 4, 157, 0, 88)]
    [InlineData("tests/corpus/blind21.tsv", 191, 200, 43, 44, 2, 156, 0, 85)]
    [InlineData("tests/corpus/blind22.tsv", 189, 200, 42, 43, 1, 157, 0, 88)]
    [InlineData("tests/corpus/blind23.tsv", 198, 200, 42, 42, 1, 158, 0, 88)]
    [InlineData("tests/corpus/blind24.tsv", 194, 200, 41, 42, 1, 158, 0, 88)]
    [InlineData("tests/corpus/blind25.tsv", 197, 200, 42, 42, 1, 158, 0, 88)]
    [InlineData("tests/corpus/blind26.tsv", 191, 200, 42, 42, 1, 158, 0, 89)]
    [InlineData("tests/corpus/blind27.tsv", 191, 200, 42, 43, 2, 157, 0, 89)]
    [InlineData("tests/corpus/blind28.tsv", 196, 200, 39, 40, 0, 160, 0, 85)]
    [InlineData("tests/corpus/blind29.tsv", 198, 200, 42, 42, 0, 158, 0, 87)]
    [InlineData("tests/corpus/blind30.tsv", 197, 200, 41, 41, 2, 159, 0, 87)]
    [InlineData("tests/corpus/blind31.tsv", 195, 200, 43, 43, 1, 157, 0, 88)]
    [InlineData("tests/corpus/blind32.tsv", 192, 200, 42, 42, 2, 158, 0, 87)]
    [InlineData("tests/corpus/blind33.tsv", 197, 200, 42, 42, 3, 158, 0, 88)]
    [InlineData("tests/corpus/blind34.tsv", 193, 200, 42, 42, 0, 158, 0, 88)]
    [InlineData("tests/corpus/blind35.tsv", 195, 200, 43, 43, 1, 157, 0, 87)]
    [InlineData("tests/corpus/blind36.tsv", 196, 200, 42, 42, 2, 158, 0, 89)]
    public async Task A_later_blind_corpus_does_not_fall_below_its_first_measurement(
        string relativePath, int correct, int total, int painFound, int pains, int falsePain, int notPain, int falseReady, int notReady)
    {
        var cases = await CorpusReader.ReadFileAsync(Path.Combine(fixture.RepoRoot, relativePath), CancellationToken.None);
        var report = CorpusEvaluator.Evaluate(fixture.Recognizer, cases);
        string details = report.Format(relativePath);
        Assert.True(report.Accuracy >= (double)correct / total - 1e-9, $"accuracy below its measured {correct} of {total}\n{details}");
        Assert.True(report.PainRecall >= (double)painFound / pains - 1e-9, $"pain recall below its measured {painFound} of {pains}\n{details}");
        Assert.True(report.FalsePainRate <= (double)falsePain / notPain + 1e-9, $"false pain above its measured {falsePain} of {notPain}\n{details}");
        Assert.True(report.FalseReadyRate <= (double)falseReady / notReady + 1e-9, $"false ready above its measured {falseReady} of {notReady}\n{details}");
    }

    // The six representative sets written after the last rule pass (recog20) and never used for a rule: together they
    // are the "utterances that the project never sees" for these rules. A later rule must keep them there.
    [Fact]
    public async Task The_blind_sets_measured_on_the_final_rules_meet_the_targets_together()
    {
        var cases = new List<CorpusCase>();
        for (var n = 31; n <= 36; n++)
        {
            cases.AddRange(await CorpusReader.ReadFileAsync(Path.Combine(fixture.RepoRoot, $"tests/corpus/blind{n}.tsv"), CancellationToken.None));
        }
        var report = CorpusEvaluator.Evaluate(fixture.Recognizer, cases);
        string details = report.Format("blind31-36");
        Assert.Equal(1200, cases.Count);
        Assert.True(report.PainRecall >= 1.0, $"a pain report was missed\n{details}");
        Assert.True(report.Accuracy >= 0.97, $"accuracy below 97%\n{details}");
        Assert.True(report.FalsePainRate <= 0.02, $"false pain above 2%\n{details}");
        Assert.True(report.FalseReadyRate <= 0.01, $"false ready above 1%\n{details}");
    }

    [Fact]
    public async Task Own_corpus_has_at_least_300_cases_and_holdout_about_80()
    {
        var own = await CorpusReader.ReadFileAsync(Path.Combine(fixture.RepoRoot, "tests/corpus/own.tsv"), CancellationToken.None);
        var holdout = await CorpusReader.ReadFileAsync(Path.Combine(fixture.RepoRoot, "tests/corpus/holdout.tsv"), CancellationToken.None);
        Assert.True(own.Count >= 300, $"own.tsv has {own.Count} cases");
        Assert.InRange(holdout.Count, 70, 120);
    }
}
