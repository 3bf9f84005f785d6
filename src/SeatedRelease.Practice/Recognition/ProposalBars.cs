namespace SeatedRelease.Practice.Recognition;

/// <summary>
/// The rules' checks before a classifier's ready or yes is taken: any word that could make such an answer something else
/// bars it. A negator, a question (a question mark, a question word, or a question opener first), a supposition, a
/// caveat, a word of sensation or pain, a body part or a state of it ("dodgy", "stiff"), someone or something else in
/// the room, or a command phrase of the prompt, even one the rules read as an ordinary word ("the tap won't stop").
/// </summary>
internal static class ProposalBars
{
    private const WordFlags Barring = WordFlags.Negator | WordFlags.VerbNegator | WordFlags.QuestionCue | WordFlags.Hypothetical
        | WordFlags.Caveat | WordFlags.Sensation | WordFlags.BodyPart | WordFlags.Other | WordFlags.Noise | WordFlags.Occasional
        | WordFlags.Past | WordFlags.Hesitation | WordFlags.ConditionState | WordFlags.MildState;

    public static bool Any(Lexicon lexicon, ContextTable table, ref TokenBuffer tokens, bool ambiguousPain)
    {
        if (ambiguousPain || tokens.SawQuestionMark) return true;
        var flags = lexicon.Flags;
        for (int i = 0; i < tokens.Count; i++)
        {
            int id = tokens.Ids[i];
            if (id < -1) return true;
            if (id <= 0 || id >= flags.Length) continue;
            if ((flags[id] & Barring) != 0 || PhraseFinder.IsPainWord(lexicon, id) && (flags[id] & WordFlags.Structural) == 0) return true;
            if (i == 0 && (flags[id] & WordFlags.QuestionOpener) != 0) return true;
            if (StartsCommand(table, ref tokens, i)) return true;
        }
        return false;
    }

    private static bool StartsCommand(ContextTable table, ref TokenBuffer tokens, int at)
    {
        int id = tokens.Ids[at];
        if (id >= table.ByFirstToken.Length || table.ByFirstToken[id] is not { } phrases) return false;
        foreach (var phrase in phrases)
        {
            if (!phrase.Command || at + phrase.Tokens.Length > tokens.Count) continue;
            bool all = true;
            for (int k = 1; k < phrase.Tokens.Length && all; k++) all = tokens.Ids[at + k] == phrase.Tokens[k];
            if (all) return true;
        }
        return false;
    }
}
