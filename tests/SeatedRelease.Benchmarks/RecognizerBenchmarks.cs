using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Jobs;
using SeatedRelease.Practice.Recognition;

namespace SeatedRelease.Benchmarks;

/// <summary>
/// Time and allocation to recognize one utterance. "Corpus" cycles through typical utterances (short
/// commands, pain reports, negations, questions, typos) and reports the time per utterance.
/// A short job keeps the run near a minute on a shared two-core machine.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(RuntimeMoniker.Net10_0, launchCount: 1, warmupCount: 3, iterationCount: 8)]
public class RecognizerBenchmarks
{
    private static readonly (PromptContext Context, string Text)[] Utterances =
    [
        (PromptContext.Ready, "ready"),
        (PromptContext.Ready, "ok I'm ready now"),
        (PromptContext.Ready, "I'm ready but my knee hurts"),
        (PromptContext.Ready, "it doesn't hurt, let's keep going"),
        (PromptContext.Ready, "um could you please say that again"),
        (PromptContext.Ready, "that hertz"),
        (PromptContext.Ready, "my knee hurst"),
        (PromptContext.Ready, "why should I close my eyes"),
        (PromptContext.Ready, "the weather is nice today"),
        (PromptContext.YesNo, "no I don't"),
        (PromptContext.Surface, "I'm on a yoga mat"),
        (PromptContext.PainKind, "it's spreading to my foot"),
        // The shape rules: a drawn-out cry, a sensation form, a simile, a screen term asked about.
        (PromptContext.Ready, "yeeeowch that smarts"),
        (PromptContext.Ready, "ahhh okay go on"),
        (PromptContext.PainKind, "like a knife, little zaps"),
        (PromptContext.YesNo, "what's sciatica?"),
    ];

    // The sentence rules: a negated choice beside a split word, a command word inside a sentence, a question about a
    // condition, a back-channel with a hesitation, a phrasal verb holding an object, a merged word, quitting as a sentence.
    private static readonly (PromptContext Context, string Text)[] Sentences =
    [
        (PromptContext.Surface, "not the rug, it's wood en boards"),
        (PromptContext.Surface, "near the end of the con crete"),
        (PromptContext.YesNo, "the tap won't stop dripping"),
        (PromptContext.Ready, "will this help with neck ache"),
        (PromptContext.Ready, "mm hmm... erm"),
        (PromptContext.Ready, "could you slow this down"),
        (PromptContext.Surface, "yogamat"),
        (PromptContext.YesNo, "yes, no pain at the moment though"),
    ];

    private LexiconRecognizer _recognizer = null!;

    [GlobalSetup]
    public async Task SetupAsync() =>
        _recognizer = await LexiconRecognizer.LoadAsync(SeatedRelease.Practice.Engine.PracticeLoader.DefaultFolder, CancellationToken.None);

    [Benchmark(OperationsPerInvoke = 16)]
    public Intent Corpus()
    {
        Intent last = Intent.Unknown;
        foreach (var (context, text) in Utterances)
        {
            last = _recognizer.Recognize(context, text).Intent;
        }
        return last;
    }

    [Benchmark(OperationsPerInvoke = 8)]
    public Intent Structure()
    {
        Intent last = Intent.Unknown;
        foreach (var (context, text) in Sentences)
        {
            last = _recognizer.Recognize(context, text).Intent;
        }
        return last;
    }

    [Benchmark]
    public Intent ShortCommand() => _recognizer.Recognize(PromptContext.Ready, "ready").Intent;

    [Benchmark]
    public Intent PainWithTypo() => _recognizer.Recognize(PromptContext.Ready, "yeah um my hamstring hurst a bit, keep going").Intent;
}
