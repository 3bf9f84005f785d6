namespace SeatedRelease.Practice.Recognition.Rules;

/// <summary>"start fresh": counts only when no explicit answer is said, which is known after the scan.</summary>
internal sealed class UnlessAnsweredRule : IPhraseRule
{
    public PhraseReading? Read(ref PhraseSite site) =>
        site.Phrase.UnlessAnswered ? PhraseReading.UnlessAnswered : null;
}
