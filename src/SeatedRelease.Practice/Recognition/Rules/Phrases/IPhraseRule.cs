namespace SeatedRelease.Practice.Recognition.Rules;

/// <summary>
/// One named reading of a phrase where it was found: what it adds, or null to leave it to the rules after it in
/// <see cref="PhraseRules"/>. The first rule with a reading claims the phrase.
/// </summary>
internal interface IPhraseRule
{
    PhraseReading? Read(ref PhraseSite site);
}
