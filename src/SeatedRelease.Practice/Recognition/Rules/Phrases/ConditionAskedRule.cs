namespace SeatedRelease.Practice.Recognition.Rules;

/// <summary>"will this help with neck pain": pain words naming a condition asked about.</summary>
internal sealed class ConditionAskedRule : IPhraseRule
{
    public PhraseReading? Read(ref PhraseSite site) =>
        site.PainFamily && site.NamesCondition ? PhraseReading.ConditionAsked : null;
}
