namespace SeatedRelease.Practice.Recognition.Rules;

/// <summary>"my English is not so good": the clause speaks of the conversation, not of the body.</summary>
internal sealed class ConversationNotBodyRule : IPhraseRule
{
    public PhraseReading? Read(ref PhraseSite site) =>
        site.Intent == Intent.MaybePain && ClauseWords.InClauseWith(site.Flags, ref site.Tokens, site.At, WordFlags.NotBody) ? PhraseReading.Nothing : null;
}
