using System.Globalization;
using System.Text.RegularExpressions;

namespace SeatedRelease.Practice.Recognition.Evaluation;

/// <summary>The counts of an evaluation, as <c>recognize --eval</c> prints them and a baseline file keeps them.</summary>
public sealed partial record EvaluationFigures(
    int Correct, int Total, int PainCaught, int PainExpected, int FalsePain, int NonPainExpected, int FalseReady, int NotReadyExpected,
    int SharpReadAsMild = 0)
{
    /// <summary>The figures of a report.</summary>
    public static EvaluationFigures Of(EvaluationReport report) => new(
        report.Correct, report.Total, report.PainCaught, report.PainExpected,
        report.FalsePain, report.NonPainExpected, report.FalseReady, report.NotReadyExpected, report.SharpReadAsMild);

    /// <summary>Reads the figures back from the text of <see cref="EvaluationReport.Format"/>.</summary>
    /// <exception cref="FormatException">A figure line is missing.</exception>
    public static EvaluationFigures Parse(string text)
    {
        var (correct, total) = Pair(text, "accuracy overall");
        var (caught, pains) = Pair(text, "pain recall");
        var (falsePain, notPain) = Pair(text, "false pain");
        var (falseReady, notReady) = Pair(text, "false ready");
        var sharpAsMild = SharpAsMildLine().Match(text) is { Success: true } m ? int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture) : 0;
        return new(correct, total, caught, pains, falsePain, notPain, falseReady, notReady, sharpAsMild);
    }

    /// <summary>
    /// Why <paramref name="now"/> is not within tolerance of this baseline, or null when it is. The tolerance: accuracy
    /// may move by at most half a percentage point or one case, whichever is more, either way (a larger gain also
    /// fails, so the baseline is regenerated and the change shows in review); pain caught may never fall; false pain
    /// may rise by at most one case; false ready and sharp read as mild may never rise.
    /// </summary>
    public string? Compare(EvaluationFigures now)
    {
        if (now.Total != Total || now.PainExpected != PainExpected || now.NotReadyExpected != NotReadyExpected)
        {
            return $"the corpus changed: {now.Total} cases now, {Total} in the baseline; regenerate it";
        }
        double slack = Math.Max(0.005 * Total, 1);
        if (Math.Abs(now.Correct - Correct) > slack)
        {
            return $"accuracy {now.Correct}/{now.Total}, baseline {Correct}/{Total} (tolerance {slack:0.#} cases)";
        }
        if (now.PainCaught < PainCaught)
        {
            return $"pain recall fell: {now.PainCaught}/{now.PainExpected}, baseline {PainCaught}/{PainExpected}";
        }
        if (now.FalsePain > FalsePain + 1)
        {
            return $"false pain rose: {now.FalsePain}/{now.NonPainExpected}, baseline {FalsePain}/{NonPainExpected}";
        }
        if (now.FalseReady > FalseReady)
        {
            return $"false ready rose: {now.FalseReady}/{now.NotReadyExpected}, baseline {FalseReady}/{NotReadyExpected}";
        }
        if (now.SharpReadAsMild > SharpReadAsMild)
        {
            return $"sharp read as mild rose: {now.SharpReadAsMild}, baseline {SharpReadAsMild}";
        }
        return null;
    }

    private static (int Part, int Whole) Pair(string text, string name)
    {
        var match = FigureLine().Matches(text).FirstOrDefault(m => m.Groups["name"].Value.TrimEnd() == name)
            ?? throw new FormatException($"no '{name}' line in the evaluation text");
        return (int.Parse(match.Groups["part"].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups["whole"].Value, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"^(?<name>[a-z ]+?)\s+[0-9.]+%\s+\((?<part>\d+)/(?<whole>\d+)\)", RegexOptions.Multiline)]
    private static partial Regex FigureLine();

    [GeneratedRegex(@"^sharp read as mild (?<n>\d+)", RegexOptions.Multiline)]
    private static partial Regex SharpAsMildLine();
}
