namespace SeatedRelease.Practice.Recognition;

/// <summary>
/// "the kettle's ready", "is dinner ready", "I'll be ready for dinner": ready said about something else, to someone
/// else, while the practice waits. Taking it would move the practice on, so it does not count; the bot asks again.
/// </summary>
internal static class ReadyAbout
{
    private const int Window = 4;

    /// <summary>
    /// True when a linker after the phrase ("for") names a thing that is not the listener's or the practice's, or,
    /// for a one-word ready, when its clause opens it with a determiner or "is"/"are" and such a thing.
    /// </summary>
    public static bool IsSomethingElse(WordFlags[] flags, ref TokenBuffer tokens, int start, int end)
    {
        if (end < tokens.Count && tokens.Ids[end] > 0 && (flags[tokens.Ids[end]] & WordFlags.ReadyLinker) != 0)
        {
            for (int k = end + 1; k < tokens.Count && k <= end + Window && tokens.Ids[k] != Lexicon.Boundary; k++)
            {
                var f = Flags(flags, tokens.Ids[k]);
                if ((f & (WordFlags.Determiner | WordFlags.Filler)) != 0) continue;
                return (f & (WordFlags.Own | WordFlags.BodyPart)) == 0;
            }
        }
        if (end != start + 1)
        {
            return false;
        }
        bool opener = false, thing = false;
        for (int j = start - 1; j >= 0 && j >= start - Window && tokens.Ids[j] != Lexicon.Boundary; j--)
        {
            var f = Flags(flags, tokens.Ids[j]);
            if ((f & (WordFlags.Own | WordFlags.BodyPart)) != 0) return false;
            if ((f & (WordFlags.Determiner | WordFlags.QuestionOpener)) != 0) opener = true;
            else if ((f & (WordFlags.Filler | WordFlags.Hesitation)) == 0) thing = true;
        }
        return opener && thing;
    }

    // An unknown word is a thing the lists do not know ("kettle", "dinner"): no role at all.
    private static WordFlags Flags(WordFlags[] flags, int id) => id > 0 ? flags[id] : WordFlags.None;
}
