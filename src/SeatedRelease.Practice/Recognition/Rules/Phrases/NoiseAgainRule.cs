namespace SeatedRelease.Practice.Recognition.Rules;

/// <summary>"my neighbour's mowing the lawn again": the noise is said to be back, nothing is asked to be said again.</summary>
internal sealed class NoiseAgainRule : IPhraseRule
{
    public PhraseReading? Read(ref PhraseSite site) =>
        site.Intent == Intent.Repeat && site.Phrase.Tokens.Length == 1 && site.Tokens.MarkedBefore(site.Flags, site.At, WordFlags.Other)
            ? PhraseReading.Nothing
            : null;
}
