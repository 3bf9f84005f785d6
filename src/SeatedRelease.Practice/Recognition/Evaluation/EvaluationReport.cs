using System.Globalization;
using System.Text;

namespace SeatedRelease.Practice.Recognition.Evaluation;

/// <summary>One case the recognizer got wrong.</summary>
/// <param name="Case">The case.</param>
/// <param name="Actual">The label the recognizer gave.</param>
public sealed record Miss(CorpusCase Case, string Actual);

/// <summary>Counts from evaluating a recognizer over labelled cases. See README "Recognizer" for the scoring rules.</summary>
public sealed class EvaluationReport
{
    /// <summary>Cases evaluated.</summary>
    public int Total { get; internal set; }

    /// <summary>Cases answered correctly (maybe-pain counts as correct only where pain was expected).</summary>
    public int Correct { get; internal set; }

    /// <summary>Per context: cases and correct answers.</summary>
    public SortedDictionary<string, (int Total, int Correct)> ByContext { get; } = new(StringComparer.Ordinal);

    /// <summary>Cases that report pain (expected pain, sharp or mild).</summary>
    public int PainExpected { get; internal set; }

    /// <summary>Of those, answered with pain, maybe-pain, sharp or mild.</summary>
    public int PainCaught { get; internal set; }

    /// <summary>Of the pain cases, answered with pain, sharp or mild: maybe-pain (the bot asks) counts as a miss here.</summary>
    public int StrictPainCaught { get; internal set; }

    /// <summary>Cases expected sharp (a red flag) answered mild.</summary>
    public int SharpReadAsMild { get; internal set; }

    /// <summary>Cases that report no pain.</summary>
    public int NonPainExpected { get; internal set; }

    /// <summary>Of those, answered with pain, maybe-pain, sharp or mild.</summary>
    public int FalsePain { get; internal set; }

    /// <summary>Cases at a ready prompt whose expected label is not ready.</summary>
    public int NotReadyExpected { get; internal set; }

    /// <summary>Of those, answered ready.</summary>
    public int FalseReady { get; internal set; }

    /// <summary>How often the recognizer answered maybe-pain.</summary>
    public int MaybePainAnswers { get; internal set; }

    /// <summary>Every wrong answer, in corpus order.</summary>
    public List<Miss> Misses { get; } = [];

    /// <summary>Correct / total.</summary>
    public double Accuracy => Ratio(Correct, Total);

    /// <summary>Pain caught / pain expected.</summary>
    public double PainRecall => PainExpected == 0 ? 1 : Ratio(PainCaught, PainExpected);

    /// <summary>Strict pain caught / pain expected.</summary>
    public double StrictPainRecall => PainExpected == 0 ? 1 : Ratio(StrictPainCaught, PainExpected);

    /// <summary>False pain / non-pain cases.</summary>
    public double FalsePainRate => Ratio(FalsePain, NonPainExpected);

    /// <summary>False ready / not-ready cases at a ready prompt.</summary>
    public double FalseReadyRate => Ratio(FalseReady, NotReadyExpected);

    /// <summary>The report as printed by <c>recognize --eval</c>.</summary>
    public string Format(string title)
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(c, $"== {title}: {Total} cases");
        foreach (var (context, (total, correct)) in ByContext)
        {
            text.AppendLine(c, $"accuracy {context,-9} {Percent(Ratio(correct, total))}  ({correct}/{total})");
        }
        text.AppendLine(c, $"accuracy overall   {Percent(Accuracy)}  ({Correct}/{Total})");
        text.AppendLine(c, $"pain recall        {Percent(PainRecall)}  ({PainCaught}/{PainExpected})");
        text.AppendLine(c, $"strict pain recall {Percent(StrictPainRecall)}  ({StrictPainCaught}/{PainExpected})");
        text.AppendLine(c, $"sharp read as mild {SharpReadAsMild}");
        text.AppendLine(c, $"false pain         {Percent(FalsePainRate)}  ({FalsePain}/{NonPainExpected})");
        text.AppendLine(c, $"false ready        {Percent(FalseReadyRate)}  ({FalseReady}/{NotReadyExpected})");
        text.AppendLine(c, $"maybe-pain answers {MaybePainAnswers}");
        text.AppendLine(c, $"misses             {Misses.Count}");
        foreach (var miss in Misses)
        {
            text.AppendLine(c, $"  MISS {miss.Case.Source}  {PromptContexts.Name(miss.Case.Context)}\t{miss.Case.Utterance}\texpected {miss.Case.Expected}, got {miss.Actual}");
        }
        return text.ToString();
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

    private static string Percent(double ratio) => (ratio * 100).ToString("0.0", CultureInfo.InvariantCulture).PadLeft(5) + "%";
}
