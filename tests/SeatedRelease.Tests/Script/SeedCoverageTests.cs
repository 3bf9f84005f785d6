using System.Text.RegularExpressions;
using SeatedRelease.Practice.Script;
using SeatedRelease.Tests.Support;

namespace SeatedRelease.Tests.Script;

/// <summary>Every instruction of the seed appears in the script, in our words. The list is data: seed-instructions.tsv.</summary>
public sealed class SeedCoverageTests
{
    public static TheoryData<string, string> Instructions()
    {
        var data = new TheoryData<string, string>();
        foreach (var line in File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Script", "seed-instructions.tsv")))
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var cols = line.Split('\t');
            data.Add(cols[0], cols[1]);
        }
        return data;
    }

    private static readonly string AllWords = string.Join("\n", Everything(BotHarness.Script));

    private static IEnumerable<string> Everything(PracticeScript s) =>
        s.Steps.Values.SelectMany(st => st.Say.Select(l => l.Text))
            .Concat(s.Answers.Values.SelectMany(a => a))
            .Concat(s.Steps.Values.Select(st => st.Advice ?? ""));

    [Theory]
    [MemberData(nameof(Instructions))]
    public void The_script_says(string instruction, string pattern) =>
        Assert.True(Regex.IsMatch(AllWords, pattern, RegexOptions.IgnoreCase), $"the script never says: {instruction} (/{pattern}/)");

    [Fact]
    public void The_script_never_urges_a_stretch_or_pushing_through()
    {
        foreach (var text in Everything(BotHarness.Script))
        {
            Assert.DoesNotMatch(new Regex(@"push through|straighten your leg|stretch (your|the) hamstring|as far as you can|no pain,? no gain", RegexOptions.IgnoreCase), text);
        }
    }

    [Fact]
    public void Step_lines_are_short_enough_to_hear()
    {
        foreach (var step in BotHarness.Script.Steps.Values)
        {
            foreach (var line in step.Say)
            {
                Assert.True(line.Text.Split(' ').Length <= 25, $"{step.Id}: too long to take in by ear: {line.Text}");
            }
        }
    }
}
