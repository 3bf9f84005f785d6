using System.Diagnostics;
using SeatedRelease.Practice.Recognition;
using SeatedRelease.Practice.Recognition.Classifier;
using SeatedRelease.Practice.Recognition.Composite;
using SeatedRelease.Practice.Recognition.Evaluation;

namespace SeatedRelease.Cli;

/// <summary>The "train" verb: builds the intent model from tests/corpus/train with a fixed seed and saves it where the bot loads it.</summary>
public static class TrainCommand
{
    /// <summary>One line for the verb list.</summary>
    public const string Summary = "train the intent model: train [--corpus DIR] [--out FILE] (defaults tests/corpus, dialogs/intent-model.zip); --validate [--folds N] measures the fallback numbers";

    /// <summary>Runs the verb; returns the exit code (0 ok, 2 usage or corpus error).</summary>
    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        string corpus = Path.Combine("tests", "corpus");
        string model = Path.Combine("dialogs", IntentClassifier.FileName);
        int folds = 0;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--corpus" when i + 1 < args.Length:
                    corpus = args[++i];
                    break;
                case "--out" when i + 1 < args.Length:
                    model = args[++i];
                    break;
                case "--validate":
                    folds = 5;
                    break;
                case "--folds" when i + 1 < args.Length && int.TryParse(args[i + 1], out var n) && n >= 2:
                    folds = n;
                    i++;
                    break;
                default:
                    await error.WriteLineAsync($"train: unknown or incomplete option '{args[i]}'. usage: train [--corpus DIR] [--out FILE] | train --validate [--folds N]");
                    return 2;
            }
        }
        var clock = Stopwatch.StartNew();
        try
        {
            if (folds > 0)
            {
                var split = await CorpusSplit.LoadAsync(corpus, cancellationToken);
                string dialogs = Path.GetDirectoryName(Path.GetFullPath(model))!;
                var rules = await LexiconRecognizer.LoadAsync(dialogs, cancellationToken);
                var pain = await RecognizerLoader.LoadPainDetectorAsync(dialogs, rules, cancellationToken);
                await output.WriteLineAsync($"fallback numbers, {folds}-fold by file over {Path.Combine(corpus, "train")} (lines also in the training folds left out):");
                // One model per fold serves every table below: training them is nearly all of the command's time.
                var predicted = FallbackValidation.Predict(split, rules, pain, folds);
                await output.WriteAsync(FallbackValidation.Format(FallbackValidation.Run(predicted)));
                string settingsPath = Path.Combine(dialogs, RecognizerSettings.FileName);
                if (File.Exists(settingsPath))
                {
                    var settings = RecognizerSettings.Parse(await File.ReadAllTextAsync(settingsPath, cancellationToken), settingsPath);
                    await output.WriteLineAsync("the classifier naming a request or a question the rules did not read, below the confidence threshold, same folds:");
                    await output.WriteAsync(FallbackValidation.RequestNaming(predicted, settings.Fallback with { RequestThreshold = null }));
                    await output.WriteLineAsync($"proposed ready and yes through the gate, same folds, at the fallback numbers of {settingsPath}:");
                    await output.WriteAsync(FallbackValidation.FormatProposals(FallbackValidation.Proposals(predicted, rules, pain, settings.Fallback)));
                    await output.WriteLineAsync("the classifier's pain raising the rules' maybe-pain (or any answer) to pain, same folds and fallback numbers:");
                    await output.WriteAsync(FallbackValidation.PainRaise(predicted, rules, pain, settings.Fallback));
                    await output.WriteLineAsync("the classifier naming mild a pain of no kind the words tell, at the pain-kind prompt, same folds:");
                    await output.WriteAsync(FallbackValidation.MildNaming(predicted, pain));
                }
                return 0;
            }
            int cases = await IntentTrainer.TrainAndSaveAsync(corpus, model, cancellationToken);
            await output.WriteLineAsync($"{model}: trained on {cases} cases of {Path.Combine(corpus, "train")} in {clock.Elapsed.TotalSeconds:0.0} s (seed {IntentTrainer.Seed})");
            return 0;
        }
        catch (Exception e) when (e is FormatException or IOException or LexiconException)
        {
            await error.WriteLineAsync(e.Message);
            return 2;
        }
    }
}
