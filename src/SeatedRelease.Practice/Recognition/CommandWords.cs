namespace SeatedRelease.Practice.Recognition;

/// <summary>
/// "stop", "end", "quit" are commands, and ordinary words too: "the tap won't stop dripping", "near the end of the
/// rug", "stop going so fast". A phrase of an intent marked <c>command: true</c> is read as the command unless its
/// sentence says otherwise. Pain outranks all of this anyway; these rules only decide between stop and the rest.
/// </summary>
internal static class CommandWords
{
    private const int MinimumGerund = 5;

    /// <summary>
    /// True when the phrase from <paramref name="start"/> to <paramref name="end"/> is a word of another sentence: a
    /// verb negated in it ("won't stop", "don't want to stop"), a noun after a determiner ("the end of the mat"), or
    /// a phrasal verb ("should my leg end up straight").
    /// </summary>
    public static bool InSentence(WordFlags[] flags, ref TokenBuffer tokens, int start, int end)
    {
        if (start > 0 && tokens.Ids[start - 1] > 0 && (flags[tokens.Ids[start - 1]] & WordFlags.Determiner) != 0)
        {
            return true;
        }
        if (end == start + 1 && end < tokens.Count && tokens.Ids[end] > 0 && (flags[tokens.Ids[end]] & WordFlags.Particle) != 0)
        {
            return true;
        }
        return Negation.IsVerbNegated(flags, ref tokens, start);
    }

    /// <summary>
    /// "stop going so fast", "quit rushing me": a one-word command followed by another verb in -ing names what to
    /// change, so whatever else the utterance says (slower) is the request; alone ("stop moving") it still stops.
    /// </summary>
    public static bool NamesAnActivity(WordFlags[] flags, ref TokenBuffer tokens, int start, int end)
    {
        if (end != start + 1 || end >= tokens.Count)
        {
            return false;
        }
        int id = tokens.Ids[end];
        if (id == Lexicon.Boundary || tokens.Starts[end] < 0 || (id > 0 && (flags[id] & WordFlags.Subject) != 0))
        {
            return false;
        }
        var word = tokens.Chars.Slice(tokens.Starts[end], tokens.Lengths[end]);
        // "everything", "nothing" end in -ing but are not verbs.
        return word.Length >= MinimumGerund && word.EndsWith("ing") && !word.EndsWith("thing");
    }
}
