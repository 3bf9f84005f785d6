namespace SeatedRelease.Practice.Recognition.Rules;

/// <summary>"no, just tight hamstrings", "my knee gets stiff sometimes, so yes" at the screen: a feeling offered as minor, or one that comes and goes, is what the answer is about, not a report of now; pain words never come here.</summary>
internal sealed class MinorFeelingRule : IPhraseRule
{
    public PhraseReading? Read(ref PhraseSite site) =>
        site.Intent == Intent.MaybePain
        && (ClauseWords.Minimised(site.Flags, ref site.Tokens, site.At)
            || ((site.Table.Answers & MatchState.Bit(Intent.Yes)) != 0 && ClauseWords.Occasional(site.Flags, ref site.Tokens, site.At, site.End)))
            ? PhraseReading.MinorFeeling
            : null;
}
