namespace SeatedRelease.Practice.Recognition;

/// <summary>What kind of exclamation a word is.</summary>
internal enum CryKind
{
    None,
    /// <summary>Built like a cry of pain ("yowch", "owwie"): a pain report.</summary>
    Pain,
    /// <summary>A sound that may be pain or not ("ahhh", "ugh", "yikes"): the bot asks.</summary>
    Maybe,
}

/// <summary>
/// Recognizes exclamations by their shape rather than their spelling, because nobody spells a cry the same way
/// twice: a word is a cry when it is a listed core with any of its letters drawn out ("aaargh" for "argh"), and a
/// pain core may also wear one listed prefix and one listed suffix ("y" + "ow" + "ch"). Drawing out only ever
/// lengthens a run of letters, so "off" is not "oof" and "of" is not "oof".
/// </summary>
internal sealed class CryTable
{
    private const int MaxWord = 32;

    private readonly Dictionary<string, (string Core, CryKind Kind)[]>.AlternateLookup<ReadOnlySpan<char>> _bySqueezed;
    private readonly string[] _prefixes;
    private readonly string[] _suffixes;

    public CryTable(IEnumerable<(string Core, CryKind Kind)> cores, IEnumerable<string> prefixes, IEnumerable<string> suffixes)
    {
        var map = new Dictionary<string, (string, CryKind)[]>(StringComparer.Ordinal);
        foreach (var (core, kind) in cores)
        {
            string key = Squeeze(core);
            map[key] = [.. map.GetValueOrDefault(key) ?? [], (core, kind)];
        }
        _bySqueezed = map.GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixes = ["", .. prefixes];
        _suffixes = ["", .. suffixes];
    }

    public static CryTable Empty { get; } = new([], [], []);

    /// <summary>Classifies one word as typed (before runs of letters are collapsed).</summary>
    public CryKind Match(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || word.Length > MaxWord)
        {
            return CryKind.None;
        }
        Span<char> squeezed = stackalloc char[MaxWord];
        var best = CryKind.None;
        foreach (string prefix in _prefixes)
        {
            if (!word.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }
            foreach (string suffix in _suffixes)
            {
                int middleLength = word.Length - prefix.Length - suffix.Length;
                if (middleLength <= 0 || !word.EndsWith(suffix, StringComparison.Ordinal))
                {
                    continue;
                }
                var middle = word.Slice(prefix.Length, middleLength);
                if (!_bySqueezed.TryGetValue(squeezed[..Squeeze(middle, squeezed)], out var candidates))
                {
                    continue;
                }
                bool affixed = prefix.Length + suffix.Length > 0;
                foreach (var (core, kind) in candidates)
                {
                    // Affixes make "yow" and "owchie" from "ow"; on a softer sound they would make "yeah" from "ah".
                    if ((affixed && kind != CryKind.Pain) || !IsDrawnOut(middle, core))
                    {
                        continue;
                    }
                    if (kind == CryKind.Pain)
                    {
                        return CryKind.Pain;
                    }
                    best = kind;
                }
            }
        }
        return best;
    }

    /// <summary>True when <paramref name="word"/> is <paramref name="core"/> with zero or more of its runs of letters made longer.</summary>
    internal static bool IsDrawnOut(ReadOnlySpan<char> word, ReadOnlySpan<char> core)
    {
        int i = 0;
        int j = 0;
        while (i < word.Length && j < core.Length)
        {
            char c = core[j];
            if (word[i] != c)
            {
                return false;
            }
            int coreRun = Run(core, j);
            int wordRun = Run(word, i);
            if (wordRun < coreRun)
            {
                return false;
            }
            i += wordRun;
            j += coreRun;
        }
        return i == word.Length && j == core.Length;
    }

    private static int Run(ReadOnlySpan<char> text, int at)
    {
        int end = at + 1;
        while (end < text.Length && text[end] == text[at])
        {
            end++;
        }
        return end - at;
    }

    private static int Squeeze(ReadOnlySpan<char> word, Span<char> destination)
    {
        int length = 0;
        for (int i = 0; i < word.Length; i++)
        {
            if (length == 0 || destination[length - 1] != word[i])
            {
                destination[length++] = word[i];
            }
        }
        return length;
    }

    private static string Squeeze(string word)
    {
        var buffer = new char[word.Length];
        return new string(buffer, 0, Squeeze(word, buffer));
    }
}
