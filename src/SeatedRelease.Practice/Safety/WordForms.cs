namespace SeatedRelease.Practice.Safety;

/// <summary>
/// A small, conservative folding of English word forms, so a list word is also heard in its other forms ("scary" in
/// "it scared me", "tingle" in "it tingled"). It strips one ending (-iest, -ier, -ied, -ies, -ing, -ed, -s, -y), then a
/// final e, then a doubled last consonant ("spinning", "throbbed"), and never leaves fewer than three letters.
/// </summary>
public static class WordForms
{
    /// <summary>Words shorter than this are never folded: short words collide ("bad", "pop").</summary>
    public const int MinLength = 4;

    private const int MinStem = 3;

    private static readonly string[] Endings = ["iest", "ier", "ied", "ies", "ing", "ed", "s", "y"];

    /// <summary>The folded form of a lower-case word; the word itself when it is short or not all letters.</summary>
    public static string Fold(string word)
    {
        if (!Foldable(word)) return word;
        var stem = word;
        foreach (var ending in Endings)
        {
            if (!word.EndsWith(ending, StringComparison.Ordinal) || word.Length - ending.Length < MinStem) continue;
            // "-ss" is not a plural ("numbness", "dizziness").
            if (ending == "s" && word.EndsWith("ss", StringComparison.Ordinal)) break;
            stem = word[..^ending.Length];
            break;
        }
        if (stem.Length > MinStem && stem[^1] == 'e') stem = stem[..^1];
        if (stem.Length > MinStem && stem[^1] == stem[^2] && !IsVowel(stem[^1])) stem = stem[..^1];
        return stem;
    }

    /// <summary>
    /// Whether a word said is another form of a list word: both fold the same, and the word said carries an ending
    /// (a bare "scar" is not "scary"; "scared" is).
    /// </summary>
    public static bool SameWord(string said, string listWord) =>
        said == listWord || SaidForm(said) is { } folded && folded == ListForm(listWord);

    /// <summary>
    /// The folded form of a word said, or null when it carries no ending to fold away: only such a word is heard as
    /// another form of a list word.
    /// </summary>
    public static string? SaidForm(string said) => Foldable(said) && Fold(said) is var folded && folded != said ? folded : null;

    /// <summary>The folded form a list word is heard in, or null when it is never folded.</summary>
    public static string? ListForm(string listWord) => Foldable(listWord) ? Fold(listWord) : null;

    /// <summary>Whether a word may be folded: at least <see cref="MinLength"/> letters and nothing else.</summary>
    public static bool Foldable(string word) => word.Length >= MinLength && word.All(char.IsAsciiLetterLower);

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
