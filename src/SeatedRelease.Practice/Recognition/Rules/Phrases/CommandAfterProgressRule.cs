namespace SeatedRelease.Practice.Recognition.Rules;

/// <summary>"how long until finish", "how many left before I stop": the end is what the progress question asks about.</summary>
internal sealed class CommandAfterProgressRule : IPhraseRule
{
    public PhraseReading? Read(ref PhraseSite site) =>
        site.Phrase.Command && site.ProgressClause == site.Clause && ClauseWords.LinkerBetween(site.Flags, ref site.Tokens, site.ProgressEnd, site.At)
            ? PhraseReading.Nothing
            : null;
}
