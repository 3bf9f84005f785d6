namespace SeatedRelease.Practice.Recognition;

/// <summary>
/// A whole answer that is one short unknown word a slip away from a short answer of the prompt ("mld" at the pain-kind
/// prompt, "nop" at a yes/no question, "stp" at the ready prompt). The typo rule leaves words under five letters alone,
/// because among all the short words of the lexicon one edit turns too many into each other; against the handful of
/// answers one prompt takes, said with nothing around them, it rarely does. Only a word the lexicon does not know is
/// read this way, and only when every answer it could be means the same here.
/// </summary>
internal static class ShortSlip
{
    public const int MinimumTarget = 3;
    public const int MaximumTarget = 5;

    /// <summary>
    /// The answer id <paramref name="word"/> stands for at this prompt, or -1. Sets <paramref name="ambiguousPain"/> when a
    /// pain word is among the readings: a guessed pain is asked about, never taken ("pan" is not said to hurt, but asks).
    /// </summary>
    public static int Find(ContextTable table, ReadOnlySpan<char> word, out bool ambiguousPain)
    {
        ambiguousPain = false;
        if (word.Length < MinimumTarget - 1 || word.Length > MaximumTarget + 1)
        {
            return -1;
        }
        var words = table.ShortAnswerWords;
        // Two passes: a reading that keeps every letter typed in order (one dropped, added or two swapped) before one that
        // changes a letter, so dictation's "yelp" is yep, not help with its first letter changed.
        for (int pass = 0; pass < 2; pass++)
        {
            int found = -1;
            var intent = Intent.Unknown;
            bool mixed = false;
            for (int i = 0; i < words.Length; i++)
            {
                string target = words[i];
                // The first letter is the one a slip or a mishearing least often loses ("oww" is no reading of "wow"), and
                // the typed word must still hold most of the answer ("mil" for mild, never "ys" for yes).
                if (word[0] != target[0] || (word.Length < MinimumTarget && target.Length > MinimumTarget))
                {
                    continue;
                }
                // A false ready moves the practice on: at the ready prompt a slip never reaches a go-ahead.
                if (!table.AnyShortSlip && table.ShortAnswerIntents[i] == Intent.Ready)
                {
                    continue;
                }
                if (!Fits(table.AnyShortSlip, pass == 1, word, target))
                {
                    continue;
                }
                ambiguousPain |= table.ShortAnswerIntents[i] is Intent.Pain or Intent.MaybePain;
                if (found < 0)
                {
                    found = table.ShortAnswerIds[i];
                    intent = table.ShortAnswerIntents[i];
                }
                else if (table.ShortAnswerIntents[i] != intent)
                {
                    mixed = true;
                }
            }
            if (ambiguousPain || mixed)
            {
                return -1;
            }
            if (found >= 0)
            {
                return found;
            }
        }
        return -1;
    }

    private static bool Fits(bool anySlip, bool changed, ReadOnlySpan<char> word, string target)
    {
        if (changed)
        {
            return anySlip && word.Length == target.Length && FuzzyIndex.IsOneEdit(word, target) && !FuzzyIndex.IsSwap(word, target);
        }
        if (FuzzyIndex.IsSwap(word, target) || (target.Length == word.Length + 1 && FuzzyIndex.IsDropped(target, word)))
        {
            return true;
        }
        // A letter typed twice is left as it was ("yeahh", "readyy" stay unknown); another added letter is a slip.
        return anySlip && word.Length == target.Length + 1 && FuzzyIndex.IsDropped(word, target) && !FuzzyIndex.IsDoubled(word, target);
    }
}
