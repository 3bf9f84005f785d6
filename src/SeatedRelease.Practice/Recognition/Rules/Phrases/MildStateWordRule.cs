namespace SeatedRelease.Practice.Recognition.Rules;

/// <summary>"ease up on the pace, I'm stiff today": a one-word mild state, weighed after the scan against a change of pace.</summary>
internal sealed class MildStateWordRule : IPhraseRule
{
    public PhraseReading? Read(ref PhraseSite site) =>
        site.Intent == Intent.MaybePain && site.Phrase.Tokens.Length == 1 && (site.Flags[site.Phrase.Tokens[0]] & WordFlags.MildState) != 0
            ? PhraseReading.MildState
            : null;
}
