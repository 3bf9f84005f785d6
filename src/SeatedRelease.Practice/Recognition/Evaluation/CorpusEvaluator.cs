namespace SeatedRelease.Practice.Recognition.Evaluation;

/// <summary>Scores a recognizer against labelled cases.</summary>
public static class CorpusEvaluator
{
    /// <summary>
    /// Runs every case. Scoring: a case is correct when the label matches, or when maybe-pain answers an
    /// expected pain (the bot asks "did you say it hurts?" instead of guessing; the user loses a turn,
    /// never their safety). Pain recall and false pain treat pain, maybe-pain, sharp and mild as one family.
    /// </summary>
    public static EvaluationReport Evaluate(IRecognizer recognizer, IEnumerable<CorpusCase> cases)
    {
        var report = new EvaluationReport();
        foreach (var corpusCase in cases)
        {
            string expected = corpusCase.Expected ?? throw new ArgumentException($"{corpusCase.Source}: no expected label", nameof(cases));
            string actual = recognizer.Recognize(corpusCase.Context, corpusCase.Utterance).Label;
            // "more" is ready wherever no repetition waits, and another repetition where one does: never a miss for ready.
            bool correct = actual == expected || (actual == "maybe-pain" && expected == "pain") || (actual == "more" && expected == "ready");
            string context = PromptContexts.Name(corpusCase.Context);
            var (total, right) = report.ByContext.GetValueOrDefault(context);
            report.ByContext[context] = (total + 1, right + (correct ? 1 : 0));
            report.Total++;
            if (correct)
            {
                report.Correct++;
            }
            else
            {
                report.Misses.Add(new Miss(corpusCase, actual));
            }
            if (actual == "maybe-pain")
            {
                report.MaybePainAnswers++;
            }
            if (IsPainFamily(expected))
            {
                report.PainExpected++;
                report.PainCaught += IsPainFamily(actual) ? 1 : 0;
                report.StrictPainCaught += actual is "pain" or "sharp" or "mild" ? 1 : 0;
                report.SharpReadAsMild += expected == "sharp" && actual == "mild" ? 1 : 0;
            }
            else
            {
                report.NonPainExpected++;
                report.FalsePain += IsPainFamily(actual) ? 1 : 0;
            }
            if (corpusCase.Context == PromptContext.Ready && expected != "ready")
            {
                report.NotReadyExpected++;
                report.FalseReady += actual == "ready" ? 1 : 0;
            }
        }
        return report;
    }

    private static bool IsPainFamily(string label) => label is "pain" or "maybe-pain" or "sharp" or "mild";
}
