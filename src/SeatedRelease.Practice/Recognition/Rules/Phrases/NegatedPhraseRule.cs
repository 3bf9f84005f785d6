namespace SeatedRelease.Practice.Recognition.Rules;

/// <summary>A negated phrase is not said. A negated pain word is still news: "doesn't hurt much" is a little pain, "no pain" answers a question. The kinds of pain keep the narrow negation too: "not a sharp pain" is no mild answer.</summary>
internal sealed class NegatedPhraseRule : IPhraseRule
{
    public PhraseReading? Read(ref PhraseSite site)
    {
        bool answer = !site.PainFamily && site.Intent is not (Intent.Sharp or Intent.Mild);
        if (!site.Phrase.Negatable || !Negation.IsNegated(site.Flags, ref site.Tokens, site.At, site.End, answer, out bool hedged))
        {
            return null;
        }
        return site.Intent != Intent.Pain ? PhraseReading.Nothing : hedged ? PhraseReading.HedgedPain : PhraseReading.DeniedPain;
    }
}
