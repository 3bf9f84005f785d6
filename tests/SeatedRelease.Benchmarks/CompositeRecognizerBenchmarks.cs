using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Jobs;
using SeatedRelease.Practice.Recognition;
using SeatedRelease.Practice.Recognition.Composite;

namespace SeatedRelease.Benchmarks;

/// <summary>
/// Time per utterance through the composite the bot uses: rules, pain detector and, unless pain is settled, the
/// classifier. "Mixed" is utterances the rules understand and ones they leave unknown; "ClassifierPath" only the latter.
/// Target: median at most 50 µs per utterance.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(RuntimeMoniker.Net10_0, launchCount: 1, warmupCount: 3, iterationCount: 8)]
public class CompositeRecognizerBenchmarks
{
    private static readonly (PromptContext Context, string Text)[] Understood =
    [
        (PromptContext.Ready, "ready"),
        (PromptContext.Ready, "I'm ready but my knee hurts"),
        (PromptContext.Ready, "um could you please say that again"),
        (PromptContext.YesNo, "no I don't"),
        (PromptContext.Surface, "I'm on a yoga mat"),
        (PromptContext.PainKind, "it's spreading to my foot"),
        (PromptContext.Ready, "yeeeowch that smarts"),
        (PromptContext.YesNo, "what's sciatica?"),
    ];

    // Sentences the rules leave unknown, written for this benchmark: the classifier alone answers each.
    private static readonly (PromptContext Context, string Text)[] LeftToClassifier =
    [
        (PromptContext.Ready, "the weather is nice today"),
        (PromptContext.Ready, "could we crank the tempo a notch"),
        (PromptContext.Surface, "lino"),
        (PromptContext.PainKind, "dunno really"),
        (PromptContext.Ready, "crank it up"),
        (PromptContext.Ready, "banana bread in the oven"),
        (PromptContext.YesNo, "perhaps later on"),
        (PromptContext.Ready, "my neighbour plays drums all evening"),
    ];

    private CompositeRecognizer _composite = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var (_, composite) = await RecognizerLoader.LoadAsync(SeatedRelease.Practice.Engine.PracticeLoader.DefaultFolder, CancellationToken.None);
        _composite = composite ?? throw new InvalidOperationException("no recognizer.yaml in the dialogs folder");
    }

    [Benchmark(OperationsPerInvoke = 16)]
    public Intent Mixed()
    {
        Intent last = Intent.Unknown;
        foreach (var (context, text) in Understood)
        {
            last = _composite.Recognize(context, text).Intent;
        }
        foreach (var (context, text) in LeftToClassifier)
        {
            last = _composite.Recognize(context, text).Intent;
        }
        return last;
    }

    [Benchmark(OperationsPerInvoke = 8)]
    public Intent ClassifierPath()
    {
        Intent last = Intent.Unknown;
        foreach (var (context, text) in LeftToClassifier)
        {
            last = _composite.Recognize(context, text).Intent;
        }
        return last;
    }
}
