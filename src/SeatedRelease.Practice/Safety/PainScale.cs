using System.Globalization;

namespace SeatedRelease.Practice.Safety;

/// <summary>Reads a pain score out of ten: "7 out of 10", "seven", "about a 3", "6/10".</summary>
public static class PainScale
{
    private static readonly Dictionary<string, int> Named = new()
    {
        ["zero"] = 0, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5,
        ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10,
    };

    /// <summary>The score said, or null when no score out of ten was given.</summary>
    public static int? Read(Words words)
    {
        var t = words.Tokens;
        for (var i = 0; i < t.Count; i++)
        {
            if (Number(t[i]) is not { } n) continue;
            var outOfTen = i + 1 < t.Count && (At(t, i + 1, "out", "of") || At(t, i + 1, "of")) && t.Skip(i + 1).Take(3).Any(w => w is "10" or "ten");
            var slashTen = i + 1 < t.Count && t[i + 1] == "10" && n <= 10;
            // "one" is a number only in "one out of ten": "the sharp one" is not a score.
            if (outOfTen || slashTen) return n;
        }
        // Asked what the pain is like, a lone number is a score: "about a 5". A number word counts only in a
        // short answer, since "it started three days ago" is not one.
        var numbers = Enumerable.Range(0, t.Count).Where(i => Number(t[i]) is not null && t[i] != "one").ToList();
        if (numbers.Count != 1) return null;
        var only = numbers[0];
        var score = Number(t[only])!.Value;
        var digits = char.IsDigit(t[only][0]);
        return score <= 10 && (digits || t.Count <= 4) ? score : null;
    }

    private static bool At(IReadOnlyList<string> t, int i, params string[] words) =>
        i + words.Length <= t.Count && words.Select((w, k) => t[i + k] == w).All(x => x);

    private static int? Number(string word) =>
        int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n
        : word == "one" ? 1
        : Named.TryGetValue(word, out var named) ? named
        : null;
}
