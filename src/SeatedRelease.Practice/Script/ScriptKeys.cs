namespace SeatedRelease.Practice.Script;

/// <summary>The keys of the script that the engine relies on; the validator demands each.</summary>
public static class ScriptKeys
{
    /// <summary>Phrases the engine says outside the steps.</summary>
    public static readonly IReadOnlyList<string> Phrases =
    [
        "reprompt", "empty", "endedPain", "restarted", "tooLong", "error", "paused", "stillPaused", "resumed", "stopped", "restart", "ended",
        "slower", "faster", "slowest", "fastest", "backToIt", "noLegYet",
        "progressSetup", "progressLeg", "progressLegStart", "progressRemaining", "progressLastLeg", "progressPain", "progressEnd",
        "help.ready", "help.yesno", "help.surface", "help.painkind",
        "options.ready", "options.yesno", "options.surface", "options.painkind",
        "welcomeBack", "resumeAsk", "resumeYes", "startOver", "notSaved", "savedAfterAll",
        "forgetAsk", "forgetDone", "forgetKept", "forgetFailed",
        "historyNone", "historyLast", "historyToday", "historyYesterday", "historyOn",
        "historyCompleted", "historyStopped", "historyStoppedForPain", "historyUnfinished",
        "letGo", "restNow", "stretchEdge", "stretchBack", "stretchNext", "stretchSitting", "painKindAgain", "painKindSafe", "holdToday", "holdAdvice",
        "unclear.ready", "unclear.yesno", "unclear.surface", "unclear.painkind", "unclearPause",
        "moreOne", "moreFew", "moreMax", "enoughRest",
    ];

    /// <summary>Summary phrases.</summary>
    public static readonly IReadOnlyList<string> Summary =
    [
        "intro", "leg", "noNotes", "notesIntro", "note", "whereSetup", "whereLeg", "whereLegStart", "whereRest", "kindUnknown", "adviceNone", "kindSharp", "kindMild", "closing",
        "noteDescribed", "noteRedFlag", "noteRedFlagDescribed", "noteDenied", "noteStretch",
    ];

    /// <summary>Suggested-action sets.</summary>
    public static readonly IReadOnlyList<string> Suggestions = ["ready", "yesno", "surface", "painkind", "paused", "ended", "held", "again"];

    /// <summary>Question topics the recognizer can name.</summary>
    public static readonly IReadOnlyList<string> Topics = ["benefits", "muscles", "socks", "eyes", "stretch", "distance", "pillow", "caution", "repetitions", "reach", "grip", "lift", "sticks"];

    /// <summary>Placeholders allowed in step lines.</summary>
    public static readonly IReadOnlyList<string> StepPlaceholders = ["leg", "other", "rep", "reps"];
}
