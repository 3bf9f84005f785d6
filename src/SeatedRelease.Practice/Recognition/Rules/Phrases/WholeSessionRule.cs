namespace SeatedRelease.Practice.Recognition.Rules;

/// <summary>"that's enough for today": the whole practice is over, not only the leg.</summary>
internal sealed class WholeSessionRule : IPhraseRule
{
    public PhraseReading? Read(ref PhraseSite site) =>
        site.Intent == Intent.Enough && ClauseWords.StartsAny(site.Lexicon.WholeSession, ref site.Tokens, site.End) ? PhraseReading.WholeSession : null;
}
