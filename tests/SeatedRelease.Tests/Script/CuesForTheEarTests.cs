using System.Text.RegularExpressions;
using SeatedRelease.Practice.Script;
using SeatedRelease.Tests.Support;

namespace SeatedRelease.Tests.Script;

/// <summary>What a listener with closed eyes hears around each movement: cues not said twice, a way back as slow as the way out.</summary>
public sealed partial class CuesForTheEarTests
{
    // An estimate of speaking time, enough to compare the two halves of a repetition.
    private const double WordsPerSecond = 2.5;

    [GeneratedRegex(@"[a-z']{4,}")]
    private static partial Regex ContentWord();

    private static HashSet<string> Words(string text) =>
        ContentWord().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToHashSet();

    [Fact]
    public void No_line_says_again_the_words_of_the_cue_before_it()
    {
        var script = BotHarness.Script;
        foreach (var step in script.Steps.Values)
        {
            foreach (var line in step.Say.Where(l => l.Cue != SoundCue.None))
            {
                var doubled = Words(script.Cues[line.Cue]).Intersect(Words(line.Text)).ToList();
                Assert.True(doubled.Count == 0, $"{step.Id}: \"{script.Cues[line.Cue]} {line.Text}\" says {string.Join(", ", doubled)} twice");
            }
        }
    }

    [Fact]
    public void A_cue_comes_only_where_something_moves_or_a_rest_begins_or_ends()
    {
        var hands = BotHarness.Script.Step("hands");
        Assert.Equal(SoundCue.None, hands.Say[0].Cue);
    }

    public static TheoryData<string, int, bool> Repetitions()
    {
        var data = new TheoryData<string, int, bool>();
        data.Add("first-slide", 1, false);
        for (var rep = 2; rep <= BotHarness.Script.MaxRepetitions; rep++)
        {
            data.Add("slide", rep, false);
            data.Add("slide", rep, true);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Repetitions))]
    public void The_way_back_is_as_slow_as_the_way_out(string stepId, int rep, bool gentle)
    {
        var step = BotHarness.Script.Step(stepId);
        var lines = step.Say.Where(l => l.AppliesTo(rep, inLeg: true, gentle, toGo: 0)).ToList();
        var outStart = lines.FindIndex(l => l.Cue == SoundCue.StartMoving);
        var backStart = lines.FindIndex(l => l.Cue == SoundCue.ComeBack);
        Assert.True(outStart >= 0 && backStart > outStart, $"{stepId} has no way out and back");
        static double Seconds(IEnumerable<ScriptLine> part) => part.Sum(l => l.Text.Split(' ').Length / WordsPerSecond + l.PauseSeconds);
        var way = Seconds(lines.Skip(outStart).Take(backStart - outStart));
        // The last line is the prompt: it waits, it is not part of the way back.
        var back = Seconds(lines.Skip(backStart).Take(lines.Count - 1 - backStart));
        Assert.True(back >= 0.75 * way && back <= 1.5 * way, $"{stepId}, repetition {rep}: out {way:0.0} s, back {back:0.0} s");
    }
}
