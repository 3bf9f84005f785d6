namespace SeatedRelease.Practice.Recognition;

/// <summary>
/// "done with that, what's next": a step reported finished and then the next one asked for is a request to move on
/// (ready), not a question about progress. Both halves must be said, in that order; "what's next" alone stays
/// progress, and a negated finish ("not done with that") is no finish.
/// </summary>
internal sealed class MovingOn
{
    private readonly int[][] _finished;
    private readonly int[][] _next;

    public MovingOn(int[][] finished, int[][] next)
    {
        _finished = finished;
        _next = next;
    }

    /// <summary>Never matches.</summary>
    public static MovingOn None { get; } = new([], []);

    public bool Matches(WordFlags[] flags, ref TokenBuffer tokens) => Matches(flags, ref tokens, out _, out _);

    /// <summary>Also gives where the finished half was said, so a word of it ("finished") is not read on its own as well.</summary>
    public bool Matches(WordFlags[] flags, ref TokenBuffer tokens, out int finishedStart, out int finishedEnd)
    {
        finishedStart = -1;
        finishedEnd = -1;
        for (int i = 0; i < tokens.Count; i++)
        {
            if (finishedEnd < 0)
            {
                int length = Longest(_finished, ref tokens, i);
                bool negated = i > 0 && tokens.Ids[i - 1] > 0 && (flags[tokens.Ids[i - 1]] & WordFlags.Negator) != 0;
                if (length > 0 && !negated && !Asked(flags, ref tokens, i))
                {
                    finishedStart = i;
                    finishedEnd = i + length;
                    i = finishedEnd - 1;
                }
            }
            else if (Longest(_next, ref tokens, i) > 0)
            {
                return true;
            }
        }
        finishedStart = -1;
        finishedEnd = -1;
        return false;
    }

    /// <summary>"are we done, what's next" asks whether it is finished: its clause opens with a question word.</summary>
    private static bool Asked(WordFlags[] flags, ref TokenBuffer tokens, int at)
    {
        int start = at;
        while (start > 0 && tokens.Ids[start - 1] != Lexicon.Boundary)
        {
            start--;
        }
        return start < at && tokens.Ids[start] > 0 && (flags[tokens.Ids[start]] & WordFlags.QuestionOpener) != 0;
    }

    private static int Longest(int[][] sequences, ref TokenBuffer tokens, int at)
    {
        int best = 0;
        foreach (var sequence in sequences)
        {
            if (sequence.Length > best && tokens.Matches(sequence, at))
            {
                best = sequence.Length;
            }
        }
        return best;
    }
}
