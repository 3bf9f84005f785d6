namespace SeatedRelease.Practice.Recognition.Rules;

/// <summary>What a phrase, weighed against the words around it, adds to the evidence.</summary>
internal enum PhraseReading
{
    /// <summary>Nothing: the words are not what the phrase means here.</summary>
    Nothing,

    /// <summary>The phrase's intent, as itself.</summary>
    Said,
    DeniedPain,
    HedgedPain,
    MaybePain,
    Pain,
    ConditionAsked,
    ActivityCommand,
    Topic,
    TurnedAround,
    ConditionOver,
    WholeSession,
    MinorFeeling,
    MildState,
    Recalled,
    SaidThing,
    UnlessAnswered,
}
