namespace SeatedRelease.Practice.Recognition;

/// <summary>
/// "done with that, what's next": a step reported finished and then the next one asked for is a request to move on
/// (ready), not a question about progress. Both halves must be said, in that order, and a negated finish ("not done
/// with that") is no finish. "What's next" alone moves on at the ready prompt too (<see cref="NextLength"/>).
/// </summary>
internal sealed class MovingOn
{
    private readonly int[][] _finished;
    private readonly int[][] _next;
    private readonly int[][] _nextAtEnd;

    public MovingOn(int[][] finished, int[][] next, int[][]? nextAtEnd = null)
    {
        _finished = finished;
        _next = next;
        _nextAtEnd = nextAtEnd ?? [];
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
            else if ((Longest(_next, ref tokens, i) > 0 || EndsClause(Longest(_nextAtEnd, ref tokens, i), ref tokens, i))
                && !Negated(flags, ref tokens, i))
            {
                return true;
            }
        }
        finishedStart = -1;
        finishedEnd = -1;
        return false;
    }

    /// <summary>
    /// The length of a "what's next" phrase at <paramref name="at"/> (0: none): at the ready prompt it asks for the next
    /// cue, whatever came before it.
    /// </summary>
    public int NextLength(ref TokenBuffer tokens, int at) => Longest(_next, ref tokens, at);

    /// <summary>
    /// "not done with that, what's next", "are we done, what's next": a finish denied or asked about, so the question is
    /// about how far along.
    /// </summary>
    public bool FinishDeniedOrAsked(WordFlags[] flags, ref TokenBuffer tokens)
    {
        for (int i = 0; i < tokens.Count; i++)
        {
            if (Longest(_finished, ref tokens, i) == 0) continue;
            int before = i > 0 ? tokens.Ids[i - 1] : 0;
            if ((before > 0 && (flags[before] & WordFlags.Negator) != 0) || Asked(flags, ref tokens, i)) return true;
        }
        return false;
    }

    /// <summary>"I'm finished, I can't go on": a go-ahead denied goes nowhere, so the finish keeps its own reading.</summary>
    private static bool Negated(WordFlags[] flags, ref TokenBuffer tokens, int at) =>
        at > 0 && tokens.Ids[at - 1] > 0 && (flags[tokens.Ids[at - 1]] & WordFlags.Negator) != 0;

    /// <summary>"I'm done, next" moves on; "I'm done, next week" does not, so a bare "next" must close its clause.</summary>
    private static bool EndsClause(int length, ref TokenBuffer tokens, int at) =>
        length > 0 && (at + length == tokens.Count || tokens.Ids[at + length] == Lexicon.Boundary);

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
