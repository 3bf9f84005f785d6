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

    /// <summary>
    /// A word inside a phrase of several is a target from this length. Five ("otehr leg"): only a swap
    /// reaches it, and the dictionary run found no real five-letter word that is another inner word swapped.
    /// </summary>
    public const int InnerLength = 5;

    /// <summary>An answer said as the whole utterance is reached by a dropped or doubled letter from this length.</summary>
    public const int LongAnswerLength = 7;

    // Keys by row, each row set off from the one above as on a QWERTY keyboard (in quarter keys), for neighbouring keys.
    private static readonly string[] Rows = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];
    private static readonly int[] RowOffsets = [0, 1, 3];

    private readonly string[][] _byLength;
    private readonly int[][] _idsByLength;
    private readonly bool[][] _painByLength;
    private readonly string[] _exactWords;
    private readonly int[] _exactIds;

    private readonly string[] _innerWords;
    private readonly int[] _innerIds;

    public FuzzyIndex(
        IEnumerable<(string Word, int Id, bool IsPain)> targets,
        IEnumerable<(string Word, int Id)>? exactTargets = null,
        IEnumerable<(string Word, int Id)>? innerTargets = null)
    {
        var inner = (innerTargets ?? []).ToList();
        _innerWords = inner.Select(t => t.Word).ToArray();
        _innerIds = inner.Select(t => t.Id).ToArray();
        var exact = (exactTargets ?? []).ToList();
        _exactWords = exact.Select(t => t.Word).ToArray();
        _exactIds = exact.Select(t => t.Id).ToArray();
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

    /// <summary>
    /// A long word inside a phrase ("moment" of "one moment") that <paramref name="word"/> is with two neighbouring letters
    /// swapped ("momnet"). Only a swap: a changed, dropped or added letter turns too many real words into these
    /// ("noting" into nothing, "twitch" into switch). Only when exactly one word fits.
    /// </summary>
    public bool FindInner(ReadOnlySpan<char> word, out int id) =>
        FindUnique(word, InnerLength, _innerWords, _innerIds, neighbouringKeys: false, out id);

    /// <summary>
    /// An answer of an exact intent (ready, yes) that <paramref name="word"/> is by a slip of one finger: one key typed as a
    /// neighbouring key ("readt") or two neighbouring letters swapped ("raedy"). Only when exactly one such answer fits.
    /// </summary>
    public bool FindExact(ReadOnlySpan<char> word, out int id) =>
        FindUnique(word, MinimumLength, _exactWords, _exactIds, neighbouringKeys: true, out id);

    // The one id whose word is a swap of this one (or, when allowed, a neighbouring key away); -1 when none or several.
    private static bool FindUnique(ReadOnlySpan<char> word, int minimumLength, string[] words, int[] ids, bool neighbouringKeys, out int id)
    {
        id = -1;
        if (word.Length < minimumLength)
        {
            return false;
        }
        for (int i = 0; i < words.Length; i++)
        {
            string target = words[i];
            if (target.Length != word.Length || !(IsSwap(word, target) || (neighbouringKeys && IsNeighbouringKey(word, target))))
            {
                continue;
            }
            if (id >= 0 && id != ids[i])
            {
                id = -1;
                return false;
            }
            id = ids[i];
        }
        return id >= 0;
    }

    /// <summary>
    /// An answer of an exact intent (ready, yes) that <paramref name="word"/>, said as the whole utterance, is with one
    /// letter dropped ("contnue") or one letter typed twice ("continnue"). Only for long words, where a letter more or
    /// less rarely makes another real word, and only when exactly one answer fits; the caller makes sure nothing else
    /// was said, because inside a sentence the word could be anything.
    /// </summary>
    public bool FindLongAnswer(ReadOnlySpan<char> word, out int id)
    {
        id = -1;
        if (word.Length < LongAnswerLength)
        {
            return false;
        }
        for (int i = 0; i < _exactWords.Length; i++)
        {
            string target = _exactWords[i];
            bool fits = target.Length == word.Length + 1 ? IsDropped(target, word)
                : target.Length == word.Length - 1 && IsDoubled(word, target);
            if (!fits)
            {
                continue;
            }
            if (id >= 0 && id != _exactIds[i])
            {
                id = -1;
                return false;
            }
            id = _exactIds[i];
        }
        return id >= 0;
    }

    /// <summary>True when <paramref name="shorter"/> is <paramref name="longer"/> with one letter left out.</summary>
    internal static bool IsDropped(ReadOnlySpan<char> longer, ReadOnlySpan<char> shorter)
    {
        int first = longer.CommonPrefixLength(shorter);
        return longer[(first + 1)..].SequenceEqual(shorter[first..]);
    }

    /// <summary>True when <paramref name="typed"/> is <paramref name="target"/> with one of its letters typed twice.</summary>
    internal static bool IsDoubled(ReadOnlySpan<char> typed, ReadOnlySpan<char> target)
    {
        int first = typed.CommonPrefixLength(target);
        // The extra letter sits at the first difference; it must repeat the letter before it.
        return first > 0 && first < typed.Length && typed[first] == typed[first - 1] && typed[(first + 1)..].SequenceEqual(target[first..]);
    }

    /// <summary>True when a and b differ in one letter only, and those two letters are neighbouring keys.</summary>
    internal static bool IsNeighbouringKey(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }
        int first = a.CommonPrefixLength(b);
        return first < a.Length && a[(first + 1)..].SequenceEqual(b[(first + 1)..]) && AreNeighbours(a[first], b[first]);
    }

    private static bool AreNeighbours(char a, char b)
    {
        if (!TryKey(a, out int rowA, out int xA) || !TryKey(b, out int rowB, out int xB))
        {
            return false;
        }
        int dx = Math.Abs(xA - xB);
        // Same row: the key beside it. Next row: the keys touching it, within one key's width (four quarters).
        return rowA == rowB ? dx == 4 : Math.Abs(rowA - rowB) == 1 && dx <= 4;
    }

    private static bool TryKey(char c, out int row, out int x)
    {
        for (row = 0; row < Rows.Length; row++)
        {
            int column = Rows[row].IndexOf(c);
            if (column >= 0)
            {
                x = column * 4 + RowOffsets[row];
                return true;
            }
        }
        row = x = 0;
        return false;
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
