namespace SeatedRelease.Practice.Recognition.Rules;

/// <summary>"what were the options", "the last instruction": named as said before, it is to be said again; named alone it is weighed after the scan.</summary>
internal sealed class SaidThingRule : IPhraseRule
{
    public PhraseReading? Read(ref PhraseSite site) =>
        site.Phrase.SaidThing
            ? site.Tokens.MarkedBefore(site.Flags, site.At, WordFlags.Recall) ? PhraseReading.Recalled : PhraseReading.SaidThing
            : null;
}
