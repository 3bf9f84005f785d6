namespace SeatedRelease.Practice.Recognition;

/// <summary>
/// At the safety screen, "I had sciatica years ago but it's gone now" answers no: the condition is explicitly in the
/// past (a <c>past</c> word before it in its clause) and explicitly over (an <c>over</c> word after it, not negated).
/// Both must be said; "I had sciatica" alone is still yes. Pain said anywhere still outranks the answer. A <c>quiet</c>
/// word says it is over only when negated ("it doesn't bother me now"); "it still bothers me" keeps the condition.
/// </summary>
internal static class PastCondition
{
    public static bool IsOver(WordFlags[] flags, ref TokenBuffer tokens, int start, int end)
    {
        if (!tokens.MarkedBefore(flags, start, WordFlags.Past))
        {
            return false;
        }
        for (int k = end; k < tokens.Count; k++)
        {
            int id = tokens.Ids[k];
            if (id > 0 && (flags[id] & (WordFlags.Over | WordFlags.Quiet)) != 0)
            {
                // "it's not gone" keeps the condition; "it doesn't bother me" ends it.
                bool negated = tokens.Ids[k - 1] > 0 && (flags[tokens.Ids[k - 1]] & WordFlags.Negator) != 0;
                return negated == ((flags[id] & WordFlags.Quiet) != 0);
            }
        }
        return false;
    }
}
