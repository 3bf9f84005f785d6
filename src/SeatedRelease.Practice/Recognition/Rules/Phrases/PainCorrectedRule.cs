namespace SeatedRelease.Practice.Recognition.Rules;

/// <summary>"sore... no... not sore": the same pain word said again under a verb's negator with nothing but "no" between corrects a slip; the negated one is weighed on its own. Any other word between keeps the pain.</summary>
internal sealed class PainCorrectedRule : IPhraseRule
{
    public PhraseReading? Read(ref PhraseSite site) =>
        site.Intent == Intent.Pain && ClauseWords.TakenBackAtOnce(site.Phrase, site.Flags, ref site.Tokens, site.End) ? PhraseReading.Nothing : null;
}
