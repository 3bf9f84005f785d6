namespace SeatedRelease.Practice.Recognition.Rules;

/// <summary>"absolutely not", "of course not": the negator after the yes word, ending the clause, answers no.</summary>
internal sealed class YesTurnedAroundRule : IPhraseRule
{
    public PhraseReading? Read(ref PhraseSite site) =>
        site.Intent == Intent.Yes && Negation.IsTurnedAround(site.Flags, ref site.Tokens, site.End) ? PhraseReading.TurnedAround : null;
}
