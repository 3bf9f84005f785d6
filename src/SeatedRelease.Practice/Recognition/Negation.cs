namespace SeatedRelease.Practice.Recognition;

/// <summary>Whether a phrase is negated ("not sore", "pain is gone") or only supposed ("what if it hurts").</summary>
internal static class Negation
{
    private const int MaxSkippedWords = 3;
    private const int AfterWindow = 3;

    /// <summary>
    /// "not (really) sore", "no pain", "pain is gone"; the negator must be next to the phrase or separated only by skip
    /// words. For an <paramref name="answer"/> (a choice, yes, ready) the answer-skip words may sit between too ("not on
    /// the carpet", "don't have a mat"); they never do for pain, where "no, the pain..." must not read as "no pain".
    /// </summary>
    public static bool IsNegated(WordFlags[] flags, ref TokenBuffer tokens, int start, int end, bool answer, out bool hedged)
    {
        hedged = false;
        // Before a pain word, "have" and "got" are crossed only by a verb's negator: "don't have any pain" is negated,
        // while "no, got pain in my hip" said without its comma is a report.
        var skip = WordFlags.NegationSkip | (answer ? WordFlags.AnswerSkip : WordFlags.Having);
        int j = (flags[tokens.Ids[start]] & WordFlags.Subject) != 0 ? -1 : start - 1;
        int skipped = 0;
        bool skippedAnswerWord = false;
        bool negated = false;
        while (j >= 0 && tokens.Ids[j] > 0)
        {
            var f = flags[tokens.Ids[j]];
            if ((f & WordFlags.Negator) != 0)
            {
                // Across "the", "a"... only a negator of a sentence reaches: "not the mat" is negated, while "no the
                // carpet" is "no, the carpet" with the comma lost.
                negated = !skippedAnswerWord || (f & WordFlags.VerbNegator) != 0 || AfterSubject(flags, ref tokens, j);
                break;
            }
            if ((f & WordFlags.NegatorVerb) != 0 && j > 0 && tokens.Ids[j - 1] > 0 && (flags[tokens.Ids[j - 1]] & WordFlags.NegatorSubject) != 0)
            {
                // "nothing is sore", "nothing feels tight": the negator is the clause's subject and this is its verb.
                // After "no" or "not" the verb is not crossed: "no, feels sharp" said without its comma is a report.
                negated = true;
                break;
            }
            if ((f & skip) == 0 || skipped == MaxSkippedWords)
            {
                break;
            }
            skippedAnswerWord |= (f & WordFlags.NegationSkip) == 0;
            hedged |= (f & WordFlags.Hedge) != 0;
            skipped++;
            j--;
        }
        for (int k = end; k < tokens.Count && k < end + AfterWindow && tokens.Ids[k] > 0; k++)
        {
            var f = flags[tokens.Ids[k]];
            hedged |= negated && (f & WordFlags.Hedge) != 0;
            if (!negated && (f & WordFlags.AfterNegator) != 0 && !((flags[tokens.Ids[k - 1]] & WordFlags.Negator) != 0))
            {
                negated = true;
            }
        }
        if (!negated)
        {
            hedged = false;
        }
        return negated;
    }

    // Nigerian English negates a verb with "no" after its subject ("I no get any injury" is "I don't have any"), while a
    // "no" that opens its clause is an answer whose comma was lost ("no, got pain in my hip").
    private static bool AfterSubject(WordFlags[] flags, ref TokenBuffer tokens, int negator) =>
        negator > 0 && tokens.Ids[negator - 1] > 0 && (flags[tokens.Ids[negator - 1]] & WordFlags.Subject) != 0;

    /// <summary>
    /// A verb negated in its sentence: "won't stop", "don't want to stop", "without stopping". Only verbal negators count,
    /// so "no stop" and "wait no stop" are still commands.
    /// </summary>
    public static bool IsVerbNegated(WordFlags[] flags, ref TokenBuffer tokens, int start)
    {
        int skipped = 0;
        for (int j = start - 1; j >= 0 && tokens.Ids[j] > 0; j--)
        {
            var f = flags[tokens.Ids[j]];
            if ((f & WordFlags.VerbNegator) != 0)
            {
                return true;
            }
            if ((f & (WordFlags.NegationSkip | WordFlags.AnswerSkip)) == 0 || skipped == MaxSkippedWords)
            {
                return false;
            }
            skipped++;
        }
        return false;
    }

    /// <summary>
    /// "absolutely not", "of course not": a verbal negator right after an answer that ends its clause turns the answer
    /// around. Followed by more words ("yes not sore") it negates those instead, and the answer stands.
    /// </summary>
    public static bool IsTurnedAround(WordFlags[] flags, ref TokenBuffer tokens, int end) =>
        end < tokens.Count
        && tokens.Ids[end] > 0 && (flags[tokens.Ids[end]] & WordFlags.VerbNegator) != 0
        && (end + 1 == tokens.Count || tokens.Ids[end + 1] == Lexicon.Boundary);

    public static bool IsHypothetical(WordFlags[] flags, ref TokenBuffer tokens, int start) =>
        tokens.MarkedBefore(flags, start, WordFlags.Hypothetical);
}
