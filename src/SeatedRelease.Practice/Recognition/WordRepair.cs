namespace SeatedRelease.Practice.Recognition;

/// <summary>
/// Speech-to-text splits words ("hard wood", "lamin ate"), merges them ("yogamat", "kneehurts") and spells a short
/// word as a name ("rugg", "matts"). Each repair only ever produces a word that answers on its own (a one-word phrase of an
/// intent marked <c>fuzzy: true</c>, the same words the typo rule corrects into), and only from words the lexicon does
/// not know, so a real word listed under <c>known_words</c> is never taken apart.
/// </summary>
internal static class WordRepair
{
    public const int MaxWord = 32;

    // Each held run doubles the readings to try; a word with more held runs than this is not a drawn-out answer.
    private const int MaxHeldRuns = 5;

    // Shorter pieces make real words into false compounds ("allow" is not "all ow", "beaches" not "be aches").
    private const int MinimumPart = 3;

    /// <summary>"rugg" → rug, "matts" → mats: one doubled letter typed once too often.</summary>
    public static bool TryUndouble(Lexicon lexicon, ReadOnlySpan<char> word, out int id)
    {
        id = -1;
        if (word.Length < 3 || word.Length > MaxWord)
        {
            return false;
        }
        Span<char> shorter = stackalloc char[MaxWord];
        for (int i = 1; i < word.Length; i++)
        {
            if (word[i] != word[i - 1])
            {
                continue;
            }
            word[..i].CopyTo(shorter);
            word[(i + 1)..].CopyTo(shorter[i..]);
            if (IsTarget(lexicon, shorter[..(word.Length - 1)], out id))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True when a vowel is typed twice or more in a row ("noo", "reeady"): the word may be said drawn out.</summary>
    public static bool HasHeldVowel(ReadOnlySpan<char> word)
    {
        for (int i = 1; i < word.Length; i++)
        {
            if (word[i] == word[i - 1] && IsVowel(word[i]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "noo" → no, "yees" → yes, "reeady" → ready, "coool" → cool: a word said drawn out keeps every letter of the word in
    /// order and only holds a sound longer, which a typo does not, so unlike a repair it may reach an answer of an exact
    /// intent. A held vowel (typed twice or more) is read as one or two of it, and any letter typed three times or more
    /// likewise; a consonant typed twice stays as typed, because a doubled consonant is a slip of the fingers more often
    /// than a held sound ("readyy" is not read as ready). Reports whether the readings named different words one of
    /// which is a pain word: the caller asks then.
    /// </summary>
    public static int FindDrawnOut(Lexicon lexicon, ReadOnlySpan<char> word, out bool ambiguousPain)
    {
        ambiguousPain = false;
        if (word.Length > MaxWord)
        {
            return -1;
        }
        // Where each run starts and how long it is; a held run is one that may be read as one or two letters.
        Span<int> heldStart = stackalloc int[MaxHeldRuns];
        Span<int> heldLength = stackalloc int[MaxHeldRuns];
        int held = 0;
        for (int i = 0; i < word.Length;)
        {
            int run = 1;
            while (i + run < word.Length && word[i + run] == word[i])
            {
                run++;
            }
            if (run >= 3 || (run == 2 && IsVowel(word[i])))
            {
                if (held == MaxHeldRuns)
                {
                    return -1;
                }
                heldStart[held] = i;
                heldLength[held] = run;
                held++;
            }
            i += run;
        }
        if (held == 0)
        {
            return -1;
        }
        Span<char> reading = stackalloc char[MaxWord];
        int found = -1;
        bool pain = false;
        for (int choice = 0; choice < 1 << held; choice++)
        {
            int length = 0;
            int next = 0;
            for (int i = 0; i < word.Length;)
            {
                if (next < held && heldStart[next] == i)
                {
                    int keep = (choice >> next & 1) + 1;
                    for (int k = 0; k < keep; k++)
                    {
                        reading[length++] = word[i];
                    }
                    i += heldLength[next];
                    next++;
                }
                else
                {
                    reading[length++] = word[i++];
                }
            }
            if (!lexicon.TryGetWord(reading[..length], out int id))
            {
                continue;
            }
            id = lexicon.Canonical[id];
            if (!lexicon.DrawnOutTargets[id] || id == found)
            {
                continue;
            }
            pain |= lexicon.PainWords[id];
            if (found >= 0)
            {
                ambiguousPain = pain;
                return -1;
            }
            found = id;
        }
        return found;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>
    /// "yogamat" → yoga mat, "kneehurts" → knee hurts: two known words of three letters or more, the second an answer
    /// word (an English compound ends in its head: "back ache", "the carpet").
    /// </summary>
    public static bool TrySplit(Lexicon lexicon, ReadOnlySpan<char> word, out int left, out int right, out int at)
    {
        left = right = -1;
        for (at = MinimumPart; at <= word.Length - MinimumPart; at++)
        {
            if (!lexicon.TryGetWord(word[..at], out int l) || !lexicon.TryGetWord(word[at..], out int r))
            {
                continue;
            }
            l = lexicon.Canonical[l];
            r = lexicon.Canonical[r];
            if (lexicon.RepairTargets[r])
            {
                left = l;
                right = r;
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Joins two neighbouring words typed next to each other when together they are an answer word ("con crete",
    /// "hard wood", "un comfortable"). A word that shapes the sentence (a filler, negator, subject...) is never half
    /// of one, and a pain word is never joined away into something that is not pain.
    /// </summary>
    public static void JoinSplitWords(Lexicon lexicon, ref TokenBuffer tokens)
    {
        int i = 0;
        while (i + 1 < tokens.Count)
        {
            if (TryJoin(lexicon, ref tokens, i, out int joined))
            {
                tokens.Ids[i] = joined;
                tokens.Lengths[i] += tokens.Lengths[i + 1];
                for (int k = i + 1; k + 1 < tokens.Count; k++)
                {
                    tokens.Ids[k] = tokens.Ids[k + 1];
                    tokens.Starts[k] = tokens.Starts[k + 1];
                    tokens.Lengths[k] = tokens.Lengths[k + 1];
                }
                tokens.Count--;
            }
            i++;
        }
    }

    /// <summary>
    /// "red e" → ready, "to day" → today: a word speech-to-text hears as several, listed under <c>sound_alikes</c>. The
    /// listing is what makes it safe, so unlike <see cref="JoinSplitWords"/> it may reach any word, ready included.
    /// </summary>
    public static void JoinHeardApart(Lexicon lexicon, ref TokenBuffer tokens)
    {
        if (lexicon.Joins.Length == 0)
        {
            return;
        }
        for (int i = 0; i < tokens.Count; i++)
        {
            foreach (var (words, target) in lexicon.Joins)
            {
                if (!tokens.Matches(words, i))
                {
                    continue;
                }
                int last = i + words.Length - 1;
                tokens.Ids[i] = target;
                if (tokens.Starts[i] >= 0 && tokens.Starts[last] >= 0)
                {
                    tokens.Lengths[i] = tokens.Starts[last] + tokens.Lengths[last] - tokens.Starts[i];
                }
                int removed = words.Length - 1;
                for (int k = i + 1; k + removed < tokens.Count; k++)
                {
                    tokens.Ids[k] = tokens.Ids[k + removed];
                    tokens.Starts[k] = tokens.Starts[k + removed];
                    tokens.Lengths[k] = tokens.Lengths[k + removed];
                }
                tokens.Count -= removed;
                break;
            }
        }
    }

    private static bool TryJoin(Lexicon lexicon, ref TokenBuffer tokens, int i, out int joined)
    {
        joined = -1;
        int a = tokens.Ids[i];
        int b = tokens.Ids[i + 1];
        // Only typed words (not boundaries, cries or the words of an expanded contraction), written side by side.
        if (a is not (> 0 or -1) || b is not (> 0 or -1) || tokens.Starts[i] < 0 || tokens.Starts[i + 1] != tokens.Starts[i] + tokens.Lengths[i])
        {
            return false;
        }
        // A hesitation sound may end one ("slow er", "fast er"): speech-to-text hears a comparative's ending as "er".
        bool suffix = b > 0 && (lexicon.Flags[b] & ~(WordFlags.Hesitation | WordFlags.Filler)) == 0;
        if ((a > 0 && (lexicon.Flags[a] & WordFlags.Structural) != 0) || (b > 0 && !suffix && (lexicon.Flags[b] & WordFlags.Structural) != 0))
        {
            return false;
        }
        var text = tokens.Chars.Slice(tokens.Starts[i], tokens.Lengths[i] + tokens.Lengths[i + 1]);
        if (!IsTarget(lexicon, text, out joined))
        {
            return false;
        }
        bool losesPain = IsPainWord(lexicon, a) || IsPainWord(lexicon, b);
        return !losesPain || IsPainWord(lexicon, joined);
    }

    private static bool IsPainWord(Lexicon lexicon, int id) =>
        id > 0 && (lexicon.PainWords[id] || (lexicon.Flags[id] & WordFlags.Sensation) != 0);

    private static bool IsTarget(Lexicon lexicon, ReadOnlySpan<char> text, out int id)
    {
        if (lexicon.TryGetWord(text, out id))
        {
            id = lexicon.Canonical[id];
            if (lexicon.RepairTargets[id])
            {
                return true;
            }
        }
        id = -1;
        return false;
    }
}
