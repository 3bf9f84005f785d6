namespace SeatedRelease.Practice.Recognition;

/// <summary>
/// What the words around a phrase say of it, within its clause or just after it: a minimiser, a word of
/// another time, someone else's noise, a linker, a slip taken back, a negator of what follows.
/// </summary>
internal static class ClauseWords
{
    // "just a bit stiff": the minimiser may stand this many words before the feeling it makes minor.
    private const int MinimiserReach = 2;

    /// <summary>A minimiser ("just", "only") up to <see cref="MinimiserReach"/> words before, in the same clause ("just a bit stiff").</summary>
    internal static bool Minimised(WordFlags[] flags, ref TokenBuffer tokens, int at)
    {
        for (int k = at; k >= 0 && k >= at - MinimiserReach; k--)
        {
            if (k < at && tokens.Ids[k] == Lexicon.Boundary)
            {
                return false;
            }
            if (tokens.IsAfterMinimiser(k)
                || (k > 0 && tokens.Ids[k - 1] > 0 && (flags[tokens.Ids[k - 1]] & WordFlags.Minimiser) != 0))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True when the phrase's clause holds a word saying the feeling comes and goes or is past ("sometimes", "had").</summary>
    internal static bool Occasional(WordFlags[] flags, ref TokenBuffer tokens, int at, int end)
    {
        const WordFlags marks = WordFlags.Occasional | WordFlags.Past;
        return tokens.MarkedBefore(flags, at, marks) || tokens.MarkedFrom(flags, end, marks);
    }

    /// <summary>
    /// True when a noise word of the pain phrase ("screaming") is made by someone else named before it in its clause
    /// ("the kids are screaming") and the clause names no part of the listener's body ("my hamstring is screaming").
    /// </summary>
    internal static bool NoiseOfSomeoneElse(WordFlags[] flags, ref TokenBuffer tokens, int at, int end)
    {
        bool noise = false;
        for (int k = at; k < end; k++)
        {
            noise |= (flags[tokens.Ids[k]] & WordFlags.Noise) != 0;
        }
        return noise && !InClauseWith(flags, ref tokens, at, WordFlags.BodyPart) && tokens.MarkedBefore(flags, at, WordFlags.Other);
    }

    /// <summary>True when the clause holding <paramref name="at"/> has a word with <paramref name="mark"/>.</summary>
    internal static bool InClauseWith(WordFlags[] flags, ref TokenBuffer tokens, int at, WordFlags mark) =>
        tokens.MarkedBefore(flags, at, mark) || tokens.MarkedFrom(flags, at, mark);

    /// <summary>True when a time linker ("until", "before") stands between the progress phrase and the command word.</summary>
    internal static bool LinkerBetween(WordFlags[] flags, ref TokenBuffer tokens, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (tokens.Ids[k] > 0 && (flags[tokens.Ids[k]] & WordFlags.TimeLinker) != 0)
            {
                return true;
            }
        }
        return false;
    }

    internal static bool InClauseAfter(int[][] sequences, ref TokenBuffer tokens, int from)
    {
        for (int k = from; k < tokens.Count && tokens.Ids[k] != Lexicon.Boundary; k++)
        {
            if (StartsAny(sequences, ref tokens, k))
            {
                return true;
            }
        }
        return false;
    }

    internal static bool SaysAny(int[][] sequences, ref TokenBuffer tokens)
    {
        for (int i = 0; i < tokens.Count; i++)
        {
            if (StartsAny(sequences, ref tokens, i))
            {
                return true;
            }
        }
        return false;
    }

    internal static bool StartsAny(int[][] sequences, ref TokenBuffer tokens, int at)
    {
        foreach (var sequence in sequences)
        {
            if (tokens.Matches(sequence, at))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// True when the pain phrase ending at <paramref name="end"/> is followed, with only negators or clause breaks
    /// between, by a verb's negator and the same phrase again ("sore... no... not sore", "sore, not sore").
    /// </summary>
    internal static bool TakenBackAtOnce(Phrase phrase, WordFlags[] flags, ref TokenBuffer tokens, int end)
    {
        for (int k = end; k < tokens.Count; k++)
        {
            int id = tokens.Ids[k];
            if (id == Lexicon.Boundary)
            {
                continue;
            }
            if (id <= 0 || (flags[id] & WordFlags.Negator) == 0)
            {
                return false;
            }
            if ((flags[id] & WordFlags.VerbNegator) != 0 && tokens.Matches(phrase.Tokens, k + 1))
            {
                return true;
            }
        }
        return false;
    }

    // A negator right after the go-ahead with nothing of substance after it ("yeah no", "yeah no the"); "yeah no worries"
    // goes on to say something, so it is left to the phrases.
    internal static bool TakenBackAtOnce(WordFlags[] flags, ref TokenBuffer tokens, int end)
    {
        if (end >= tokens.Count || tokens.Ids[end] <= 0 || (flags[tokens.Ids[end]] & WordFlags.Negator) == 0)
        {
            return false;
        }
        for (int k = end + 1; k < tokens.Count && tokens.Ids[k] != Lexicon.Boundary; k++)
        {
            if (tokens.Ids[k] <= 0 || (flags[tokens.Ids[k]] & (WordFlags.Determiner | WordFlags.Filler)) == 0)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// True when a negator at <paramref name="end"/> - 1 negates the pain phrase or sensation after it ("no pain",
    /// "nothing hurts"); a phrase that opens its own sentence ("no, it hurts", "no it hurts") is not negated.
    /// </summary>
    internal static bool NegatesNextPhrase(Lexicon lexicon, ContextTable table, WordFlags[] flags, ref TokenBuffer tokens, int end)
    {
        int j = end;
        for (int skipped = 0; j < tokens.Count && tokens.Ids[j] > 0 && (flags[tokens.Ids[j]] & WordFlags.NegationSkip) != 0 && skipped < 3; skipped++)
        {
            j++;
        }
        if (j >= tokens.Count || tokens.Ids[j] <= 0 || (flags[tokens.Ids[j]] & WordFlags.Subject) != 0)
        {
            return false;
        }
        if ((flags[tokens.Ids[j]] & WordFlags.Sensation) != 0)
        {
            return true;
        }
        var next = PhraseFinder.Best(table.ByFirstToken[tokens.Ids[j]], ref tokens, j, questionCue: false, lexicon, out _);
        return next is { Negatable: true, Intent: Intent.Pain or Intent.MaybePain };
    }
}
