namespace SeatedRelease.Practice.Recognition.Rules;

/// <summary>"the neighbours won't stop drilling", "the end of the rug": a command word in a sentence of its own is not the command.</summary>
internal sealed class CommandInSentenceRule : IPhraseRule
{
    public PhraseReading? Read(ref PhraseSite site) =>
        site.Phrase.Command && CommandWords.InSentence(site.Flags, ref site.Tokens, site.At, site.End) ? PhraseReading.Nothing : null;
}
