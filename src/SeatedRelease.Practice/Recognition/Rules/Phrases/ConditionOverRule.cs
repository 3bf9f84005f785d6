namespace SeatedRelease.Practice.Recognition.Rules;

/// <summary>"I had sciatica years ago but it's gone now": a yes said outright beside it is decided after the scan.</summary>
internal sealed class ConditionOverRule : IPhraseRule
{
    public PhraseReading? Read(ref PhraseSite site) =>
        site.Intent == Intent.Yes && PastCondition.IsOver(site.Flags, ref site.Tokens, site.At, site.End) ? PhraseReading.ConditionOver : null;
}
