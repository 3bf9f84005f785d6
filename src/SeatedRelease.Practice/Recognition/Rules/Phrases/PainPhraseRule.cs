namespace SeatedRelease.Practice.Recognition.Rules;

/// <summary>A pain phrase is pain; supposed ("what if it hurts") it may be.</summary>
internal sealed class PainPhraseRule : IPhraseRule
{
    public PhraseReading? Read(ref PhraseSite site) =>
        site.Intent == Intent.Pain
            ? Negation.IsHypothetical(site.Flags, ref site.Tokens, site.At) ? PhraseReading.MaybePain : PhraseReading.Pain
            : null;
}
