namespace SeatedRelease.Practice.Recognition.Rules;

/// <summary>"um the uh yeah no the": a go-ahead withdrawn in the same breath, among hesitations, is thinking aloud.</summary>
internal sealed class GoAheadWithdrawnRule : IPhraseRule
{
    public PhraseReading? Read(ref PhraseSite site) =>
        site.Intent == Intent.Ready && site.Tokens.SawHesitation && ClauseWords.TakenBackAtOnce(site.Flags, ref site.Tokens, site.End)
            ? PhraseReading.Nothing
            : null;
}
