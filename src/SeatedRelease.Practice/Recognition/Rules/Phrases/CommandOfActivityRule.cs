namespace SeatedRelease.Practice.Recognition.Rules;

/// <summary>"stop moving", "stop barking": a command word said of a doing, weighed after the scan by whose doing it is.</summary>
internal sealed class CommandOfActivityRule : IPhraseRule
{
    public PhraseReading? Read(ref PhraseSite site) =>
        site.Phrase.Command && CommandWords.NamesAnActivity(site.Flags, ref site.Tokens, site.At, site.End) ? PhraseReading.ActivityCommand : null;
}
