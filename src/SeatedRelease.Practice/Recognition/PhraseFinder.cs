namespace SeatedRelease.Practice.Recognition;

/// <summary>
/// The best phrase of a context starting at one word: longest first, and only where the words around it let it stand
/// (alone, at a clause end, with its circumstance, with a question cue).
/// </summary>
internal static class PhraseFinder
{
    /// <summary>
    /// "not sore... go", "sore... no... not sore... go": before a one-word answer only a pain word said not to be there
    /// (a verb's negator right before the last one), so the answer is still all the listener asked for. Any other word
    /// before it keeps the rule that such an answer counts only alone.
    /// </summary>
    internal static bool OnlyPainSaidAwayBefore(Lexicon lexicon, ref TokenBuffer tokens, int at)
    {
        var flags = lexicon.Flags;
        int last = at - 1;
        while (last >= 0 && tokens.Ids[last] == Lexicon.Boundary)
        {
            last--;
        }
        // The word said away must be a pain word of its own, not "it" or "not" that pain phrases also hold.
        if (last < 1 || !IsPainWord(lexicon, tokens.Ids[last]) || (flags[tokens.Ids[last]] & WordFlags.Structural) != 0 || tokens.Ids[last - 1] <= 0 || (flags[tokens.Ids[last - 1]] & WordFlags.VerbNegator) == 0)
        {
            return false;
        }
        for (int k = 0; k < last; k++)
        {
            int id = tokens.Ids[k];
            if (id != Lexicon.Boundary && !IsPainWord(lexicon, id) && (id <= 0 || (flags[id] & WordFlags.Negator) == 0))
            {
                return false;
            }
        }
        return true;
    }

    internal static bool IsPainWord(Lexicon lexicon, int id) => id > 0 && id < lexicon.PainWords.Length && lexicon.PainWords[id];

    internal static Phrase? Best(Phrase[]? phrases, ref TokenBuffer tokens, int at, bool questionCue, Lexicon lexicon, out int length)
    {
        var flags = lexicon.Flags;
        length = 0;
        if (phrases is null)
        {
            return null;
        }
        foreach (var phrase in phrases)
        {
            bool acrossBreaks = false;
            if (phrase.Alone && (at != 0 || phrase.Tokens.Length != tokens.Count)
                && !(at + phrase.Tokens.Length == tokens.Count && OnlyPainSaidAwayBefore(lexicon, ref tokens, at)))
            {
                if (!(acrossBreaks = AloneAcrossBreaks(phrase, ref tokens, at)))
                {
                    continue;
                }
            }
            // A topic word that is also an answer ("sciatica" at the safety screen) is the topic only when asked about.
            if (phrase.Intent == Intent.Question && !phrase.SelfCued && !questionCue)
            {
                continue;
            }
            if (acrossBreaks)
            {
                length = tokens.Count;
            }
            else if (tokens.Matches(phrase.Tokens, at))
            {
                length = phrase.Tokens.Length;
            }
            else if (phrase.TakesObject && HoldsObject(phrase, ref tokens, at, flags))
            {
                length = phrase.Tokens.Length + 1;
            }
            else
            {
                continue;
            }
            // "I don't" answers; "I don't want to..." is the start of a sentence.
            if (phrase.ClauseEnd && at + length < tokens.Count && tokens.Ids[at + length] != Lexicon.Boundary)
            {
                continue;
            }
            // "can I carry on if I'm tired" asks; "can I carry on" is left to the phrases after it.
            if (phrase.Conditional && !ClauseWords.InClauseAfter(lexicon.Circumstances, ref tokens, at + length))
            {
                continue;
            }
            return phrase;
        }
        return null;
    }

    /// <summary>
    /// "sorry, what?": a short answer of several words is still the whole utterance when a comma falls between them, as
    /// a typist or dictation puts one after "sorry" or "excuse me". Nothing else may be said: "sorry, what a day" is not it.
    /// </summary>
    internal static bool AloneAcrossBreaks(Phrase phrase, ref TokenBuffer tokens, int at)
    {
        if (at != 0 || phrase.Tokens.Length < 2 || tokens.Count <= phrase.Tokens.Length)
        {
            return false;
        }
        int matched = 0;
        for (int k = 0; k < tokens.Count; k++)
        {
            int id = tokens.Ids[k];
            if (id == Lexicon.Boundary)
            {
                continue;
            }
            if (matched == phrase.Tokens.Length || id != phrase.Tokens[matched])
            {
                return false;
            }
            matched++;
        }
        return matched == phrase.Tokens.Length;
    }

    /// <summary>"slow this down", "speed things up": a verb and its particle with one object word between.</summary>
    internal static bool HoldsObject(Phrase phrase, ref TokenBuffer tokens, int at, WordFlags[] flags) =>
        at + 2 < tokens.Count
        && tokens.Ids[at] == phrase.Tokens[0]
        && tokens.Ids[at + 1] > 0 && (flags[tokens.Ids[at + 1]] & WordFlags.PhrasalObject) != 0
        && tokens.Ids[at + 2] == phrase.Tokens[1];
}
