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

    public bool Matches(WordFlags[] flags, ref TokenBuffer tokens)
    {
        int finishedEnd = -1;
        for (int i = 0; i < tokens.Count; i++)
        {
            if (finishedEnd < 0)
            {
                int length = Longest(_finished, ref tokens, i);
                bool negated = i > 0 && tokens.Ids[i - 1] > 0 && (flags[tokens.Ids[i - 1]] & WordFlags.Negator) != 0;
                if (length > 0 && !negated)
                {
                    finishedEnd = i + length;
                    i = finishedEnd - 1;
                }
            }
            else if (Longest(_next, ref tokens, i) > 0)
            {
                return true;
            }
        }
        return false;
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
