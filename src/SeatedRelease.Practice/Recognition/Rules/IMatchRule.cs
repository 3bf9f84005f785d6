namespace SeatedRelease.Practice.Recognition.Rules;

/// <summary>
/// One named reading of an utterance: given what the phrase scan found and the answer decided so far, the answer it
/// changes to, or null when it has nothing to say. Rules run in the single order of <see cref="MatchRules"/>.
/// </summary>
internal interface IMatchRule
{
    MatchState? Apply(MatchEvidence evidence, MatchState state);
}
