using System.Text.RegularExpressions;

namespace SeatedRelease.Tests.Support;

/// <summary>
/// Which repetitions a listener was told they had done, read from the prompts after each one: the second and third by
/// their own words, the count only near the end of a leg of five.
/// </summary>
internal static partial class RepetitionsHeard
{
    [GeneratedRegex(@"That was repetition (\d+)")]
    private static partial Regex RepetitionSaid();

    public static List<int> In(IEnumerable<string> texts) =>
        texts.SelectMany(t => t switch
        {
            "Say ready for another one." => [2],
            "When you want the next one, say ready." => [3],
            _ => RepetitionSaid().Matches(t).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)),
        }).ToList();
}
