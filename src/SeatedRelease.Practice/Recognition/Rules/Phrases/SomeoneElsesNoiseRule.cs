namespace SeatedRelease.Practice.Recognition.Rules;

/// <summary>"the kids are screaming": a noise in the room, not the listener's pain; "I'm screaming" stays pain. At the pain-kind prompt "burning" is a sharp word too, and "the toast is burning" is no kind of pain.</summary>
internal sealed class SomeoneElsesNoiseRule : IPhraseRule
{
    public PhraseReading? Read(ref PhraseSite site) =>
        site.Intent is Intent.Pain or Intent.Sharp && ClauseWords.NoiseOfSomeoneElse(site.Flags, ref site.Tokens, site.At, site.End)
            ? PhraseReading.Nothing
            : null;
}
