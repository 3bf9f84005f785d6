using SeatedRelease.Practice.Safety;

namespace SeatedRelease.Practice.Recognition.Composite;

/// <summary>
/// The safety words the engine hears before the recognizer, read by the recognizer too, so a red flag is pain wherever it
/// is said: the red flags of <c>dialogs/safety.yaml</c> (numbness, tingling, shooting, dizziness, a pop...) and, at the
/// pain-kind prompt, a score out of ten. It only ever escalates the rules' answer: a red flag said plainly about the
/// listener now is pain (sharp at the pain-kind prompt) whatever the rules read; one negated, hedged, asked about,
/// supposed, about another time ("no tingling", "I used to get numbness", "what if I feel dizzy") or said of someone
/// else in its clause ("my wife gets dizzy") leaves the rules' answer as it was.
/// </summary>
public sealed class PainDetector
{
    private readonly SafetyRules _safety;
    private readonly Func<string, bool> _someoneElse;

    /// <summary>Builds the detector from the safety words and a test for a word naming someone else ("wife", "he").</summary>
    public PainDetector(SafetyRules safety, Func<string, bool> someoneElse)
    {
        _safety = safety;
        _someoneElse = someoneElse;
    }

    /// <summary>No safety words: the rules' answer always stands.</summary>
    public static PainDetector None { get; } = new(SafetyRules.None, _ => false);

    /// <summary>The rules' answer, escalated when the utterance reports a red flag or a pain score.</summary>
    public Recognition Escalate(PromptContext context, Recognition ruled, string utterance)
    {
        if (ruled.Intent == Intent.Sharp)
        {
            return ruled;
        }
        var words = Words.Of(utterance);
        if (HeardRedFlag(words))
        {
            return new Recognition(context == PromptContext.PainKind ? Intent.Sharp : Intent.Pain);
        }
        if (context == PromptContext.PainKind && ruled.Intent is Intent.Unknown or Intent.Mild && PainScale.Read(words) is { } score)
        {
            // A score is the kind in a number: sharp from the engine's threshold, else mild (never lowering a kind the rules gave).
            var kind = score >= _safety.SharpAt ? Intent.Sharp : Intent.Mild;
            return new Recognition(kind);
        }
        if (context == PromptContext.PainKind && ruled.Intent is Intent.Unknown or Intent.Mild
            && _safety.MoreThanMild.Find(words, _safety.Negators, PhraseList.Empty, PhraseList.Empty) is not null)
        {
            // The engine weighs "more than mild" words before a mild one ("not mild, it's bad"); reading the kind in the
            // same order here means the recognizer never calls mild what the bot would treat as sharp.
            return new Recognition(Intent.Sharp);
        }
        return ruled;
    }

    /// <summary>A red flag said plainly about the listener now.</summary>
    public bool HeardRedFlag(Words words)
    {
        if (_safety.FindRedFlag(words) is not { Where.Certain: true } flag)
        {
            return false;
        }
        foreach (var (text, start, _) in flag.Kind.Words.All(words))
        {
            if (text == flag.Where.Phrase && !SaidOfSomeoneElse(words, start))
            {
                return true;
            }
        }
        return false;
    }

    private bool SaidOfSomeoneElse(Words words, int start)
    {
        for (int i = start - 1; i >= 0 && words.Clauses[i] == words.Clauses[start]; i--)
        {
            if (_someoneElse(words.Tokens[i]))
            {
                return true;
            }
        }
        return false;
    }
}
