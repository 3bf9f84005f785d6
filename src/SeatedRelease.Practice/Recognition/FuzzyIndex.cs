namespace SeatedRelease.Practice.Recognition;

/// <summary>Outcome of looking a misheard or mistyped word up among the lexicon's long words.</summary>
internal enum FuzzyOutcome
{
    NoMatch,
    Match,
    /// <summary>One edit away from two different words, one of them a pain word: the caller must ask.</summary>
    AmbiguousWithPain,
}

/// <summary>
/// Finds the lexicon word one edit (insert, delete, substitute, swap of neighbours) away from an unknown word.
/// Words of <see cref="MinimumLength"/> letters or more are targets of any one edit, and the unknown word must be as
/// long, or one letter shorter (a letter dropped): among short words one edit turns too many real words into each
/// other ("sore"/"more", "pain"/"paint"). A word of <see cref="SwapLength"/> letters is a target only of two
/// neighbouring letters typed the wrong way round ("hlep", "wiat"): a slip of the fingers that rarely makes another
/// real word, where a substituted letter usually does ("help"/"held", "wait"/"want").
/// </summary>
internal sealed class FuzzyIndex
{
    public const int MinimumLength = 5;
    public const int SwapLength = 4;

    private readonly string[][] _byLength;
    private readonly int[][] _idsByLength;
    private readonly bool[][] _painByLength;

    public FuzzyIndex(IEnumerable<(string Word, int Id, bool IsPain)> targets)
    {
        var groups = new Dictionary<int, List<(string Word, int Id, bool IsPain)>>();
        int max = 0;
        foreach (var target in targets)
        {
            if (target.Word.Length < SwapLength)
            {
                continue;
            }
            if (!groups.TryGetValue(target.Word.Length, out var list))
            {
                groups[target.Word.Length] = list = [];
            }
            list.Add(target);
            max = Math.Max(max, target.Word.Length);
        }
        _byLength = new string[max + 2][];
        _idsByLength = new int[max + 2][];
        _painByLength = new bool[max + 2][];
        for (int length = 0; length < max + 2; length++)
        {
            var list = groups.GetValueOrDefault(length) ?? [];
            _byLength[length] = list.Select(t => t.Word).ToArray();
            _idsByLength[length] = list.Select(t => t.Id).ToArray();
            _painByLength[length] = list.Select(t => t.IsPain).ToArray();
        }
    }

    public FuzzyOutcome Find(ReadOnlySpan<char> word, out int id)
    {
        id = -1;
        // One letter short of a long word is still a typo of it ("shap" for "sharp"); targets are all long.
        if (word.Length < MinimumLength - 1)
        {
            return FuzzyOutcome.NoMatch;
        }
        bool anyPain = false;
        bool ambiguous = false;
        for (int length = word.Length - 1; length <= word.Length + 1; length++)
        {
            if (length >= _byLength.Length)
            {
                break;
            }
            // A short target takes only a swap of neighbours, from a word as short.
            if (length < MinimumLength && (length != word.Length || length < SwapLength))
            {
                continue;
            }
            var words = _byLength[length];
            for (int i = 0; i < words.Length; i++)
            {
                if (length < MinimumLength ? !IsSwap(word, words[i]) : !IsOneEdit(word, words[i]))
                {
                    continue;
                }
                int candidate = _idsByLength[length][i];
                anyPain |= _painByLength[length][i];
                if (id < 0)
                {
                    id = candidate;
                }
                else if (id != candidate)
                {
                    ambiguous = true;
                }
            }
        }
        if (id < 0)
        {
            return FuzzyOutcome.NoMatch;
        }
        if (ambiguous)
        {
            id = -1;
            return anyPain ? FuzzyOutcome.AmbiguousWithPain : FuzzyOutcome.NoMatch;
        }
        return FuzzyOutcome.Match;
    }

    /// <summary>True when two neighbouring letters swapped turn a into b (same length).</summary>
    internal static bool IsSwap(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }
        int first = a.CommonPrefixLength(b);
        return first + 1 < a.Length
            && a[first] == b[first + 1] && a[first + 1] == b[first]
            && a[(first + 2)..].SequenceEqual(b[(first + 2)..]);
    }

    /// <summary>True when exactly one insertion, deletion, substitution or swap of neighbours turns a into b.</summary>
    internal static bool IsOneEdit(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length == b.Length)
        {
            int first = a.CommonPrefixLength(b);
            if (first == a.Length)
            {
                return false;
            }
            // Substitution: the rest after the differing letter is equal.
            if (a[(first + 1)..].SequenceEqual(b[(first + 1)..]))
            {
                return true;
            }
            // Swap of neighbours: "hurst" for "hurts".
            return first + 1 < a.Length
                && a[first] == b[first + 1] && a[first + 1] == b[first]
                && a[(first + 2)..].SequenceEqual(b[(first + 2)..]);
        }
        if (Math.Abs(a.Length - b.Length) != 1)
        {
            return false;
        }
        var longer = a.Length > b.Length ? a : b;
        var shorter = a.Length > b.Length ? b : a;
        int prefix = shorter.CommonPrefixLength(longer);
        return shorter[prefix..].SequenceEqual(longer[(prefix + 1)..]);
    }
}
