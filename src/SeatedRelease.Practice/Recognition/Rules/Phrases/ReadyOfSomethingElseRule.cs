namespace SeatedRelease.Practice.Recognition.Rules;

/// <summary>"the kettle's ready", "ready for dinner": not the listener's ready.</summary>
internal sealed class ReadyOfSomethingElseRule : IPhraseRule
{
    public PhraseReading? Read(ref PhraseSite site) =>
        site.Intent == Intent.Ready && ReadyAbout.IsSomethingElse(site.Flags, ref site.Tokens, site.At, site.End) ? PhraseReading.Nothing : null;
}
