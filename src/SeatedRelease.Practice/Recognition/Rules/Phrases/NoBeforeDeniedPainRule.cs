namespace SeatedRelease.Practice.Recognition.Rules;

/// <summary>The "no" of "yes, no pain today" negates the pain word after it; it is not an answer of its own.</summary>
internal sealed class NoBeforeDeniedPainRule : IPhraseRule
{
    public PhraseReading? Read(ref PhraseSite site) =>
        site.Phrase.Tokens.Length == 1 && (site.Flags[site.Phrase.Tokens[0]] & WordFlags.Negator) != 0
        && ClauseWords.NegatesNextPhrase(site.Lexicon, site.Table, site.Flags, ref site.Tokens, site.End)
            ? PhraseReading.Nothing
            : null;
}
