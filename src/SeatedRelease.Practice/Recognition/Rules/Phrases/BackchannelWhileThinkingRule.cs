namespace SeatedRelease.Practice.Recognition.Rules;

/// <summary>"mm hmm... erm" is thinking aloud, not yet an answer.</summary>
internal sealed class BackchannelWhileThinkingRule : IPhraseRule
{
    public PhraseReading? Read(ref PhraseSite site) =>
        site.Phrase.Backchannel && site.Tokens.SawHesitation ? PhraseReading.Nothing : null;
}
