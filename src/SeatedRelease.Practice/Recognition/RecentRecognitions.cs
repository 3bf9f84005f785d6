using System.Collections.Concurrent;

namespace SeatedRelease.Practice.Recognition;

/// <summary>
/// Keeps the verdicts of recent utterances. Most of what listeners say is a handful of short answers ("ready",
/// "yes", "next") said again and again, and a verdict depends only on the prompt and the words, so each is worked
/// out once. Bounded: long utterances are never kept, and the set is emptied when it is full.
/// </summary>
public sealed class RecentRecognitions(IRecognizer inner, int capacity = RecentRecognitions.DefaultCapacity) : IRecognizer
{
    /// <summary>How many verdicts are kept at most by default.</summary>
    public const int DefaultCapacity = 4096;

    /// <summary>Utterances longer than this are recognized every time: they are rarely said twice.</summary>
    public const int LongestKept = 48;

    private readonly ConcurrentDictionary<(PromptContext, string), Recognition> _kept = new();

    /// <summary>The recognizer whose verdicts are kept.</summary>
    public IRecognizer Inner => inner;

    /// <summary>How many verdicts are held now.</summary>
    public int Count => _kept.Count;

    /// <inheritdoc/>
    public Recognition Recognize(PromptContext context, string utterance)
    {
        if (utterance.Length > LongestKept) return inner.Recognize(context, utterance);
        var key = (context, utterance);
        if (_kept.TryGetValue(key, out var kept)) return kept;
        var verdict = inner.Recognize(context, utterance);
        // Emptying rather than evicting one by one keeps every call free of bookkeeping; a full set is rare and
        // refills with what is said most within a few turns.
        if (_kept.Count >= capacity) _kept.Clear();
        _kept.TryAdd(key, verdict);
        return verdict;
    }
}
