namespace SeatedRelease.Practice.Recognition;

/// <summary>
/// The frame of a question about what the practice is good for: opener, subject, verb, preposition at the start of a
/// clause ("does this help with", "is it good for", "will the exercise work for"). A pain word after such a frame names
/// a condition being asked about, not a sensation being reported. The frame is deliberately narrow: "is it normal for
/// my knee to ache" or "should it hurt" are not in it, because they describe what the listener feels.
/// </summary>
internal sealed class ConditionQuestion
{
    private readonly int[][][] _slots;

    public ConditionQuestion(string topic, int[][] openers, int[][] subjects, int[][] verbs, int[][] prepositions)
    {
        Topic = topic;
        // Longest first in each slot, so "the exercise" is tried before "the".
        _slots = [.. new[] { openers, subjects, verbs, prepositions }.Select(slot => slot.OrderByDescending(s => s.Length).ToArray())];
    }

    /// <summary>No frame: nothing is ever read as a question about a condition.</summary>
    public static ConditionQuestion None { get; } = new("", [], [], [], []);

    /// <summary>The topic answered for such a question ("benefits").</summary>
    public string Topic { get; }

    /// <summary>The index just after the frame when the clause starting at <paramref name="start"/> opens with it; otherwise -1.</summary>
    public int MatchAt(ref TokenBuffer tokens, int start)
    {
        int at = start;
        foreach (var slot in _slots)
        {
            int next = -1;
            foreach (var words in slot)
            {
                if (tokens.Matches(words, at))
                {
                    next = at + words.Length;
                    break;
                }
            }
            if (next < 0)
            {
                return -1;
            }
            at = next;
        }
        return at;
    }
}
