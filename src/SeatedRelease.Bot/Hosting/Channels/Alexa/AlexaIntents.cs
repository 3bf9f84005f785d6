namespace SeatedRelease.Bot.Alexa;

/// <summary>What the skill does with a request.</summary>
public enum AlexaMove
{
    /// <summary>"Open": greet, or offer to pick up an unfinished practice.</summary>
    Open,
    /// <summary>The listener said something: the words go to the recognizer.</summary>
    Say,
    /// <summary>Stop, cancel or home: the short close; the place is kept.</summary>
    Close,
    /// <summary>Alexa ended the session; the place is kept and nothing is said.</summary>
    SessionEnded,
    /// <summary>A request the skill has nothing to say to.</summary>
    Nothing,
}

/// <summary>The mapping from Alexa's requests and intents to the practice's own words.</summary>
public static class AlexaIntents
{
    /// <summary>The catch-all intent: its one slot carries whatever the listener said.</summary>
    public const string Speech = "SpeechIntent";

    /// <summary>The catch-all intent's slot.</summary>
    public const string SpeechSlot = "words";

    /// <summary>
    /// Alexa's answer when nothing in the model matched. It is sent as this placeholder, which no recognizer rule
    /// knows, so the listener hears the practice's own "not understood" and the count of unclear answers goes on.
    /// </summary>
    public const string NotUnderstood = "…";

    /// <summary>Built-in intents and the words the practice hears for them.</summary>
    public static readonly IReadOnlyDictionary<string, string> Words = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["AMAZON.YesIntent"] = "yes",
        ["AMAZON.NoIntent"] = "no",
        ["AMAZON.HelpIntent"] = "help",
        ["AMAZON.PauseIntent"] = "pause",
        ["AMAZON.ResumeIntent"] = "resume",
        ["AMAZON.RepeatIntent"] = "repeat",
        ["AMAZON.FallbackIntent"] = NotUnderstood,
    };

    /// <summary>Built-in intents that leave the skill: Alexa sends them for "stop", "cancel" and going home on a screen.</summary>
    public static readonly IReadOnlySet<string> Closing = new HashSet<string>(StringComparer.Ordinal)
    {
        "AMAZON.StopIntent",
        "AMAZON.CancelIntent",
        "AMAZON.NavigateHomeIntent",
    };

    /// <summary>Every intent the endpoint handles; the interaction model must declare each.</summary>
    public static IEnumerable<string> All => Words.Keys.Concat(Closing).Append(Speech);

    /// <summary>What to do with a request, and the words for the recognizer when there are any.</summary>
    public static (AlexaMove Move, string? Words) Map(AlexaRequest request) => request.Type switch
    {
        "LaunchRequest" => (AlexaMove.Open, null),
        "SessionEndedRequest" => (AlexaMove.SessionEnded, null),
        "IntentRequest" when request.Intent == Speech => (AlexaMove.Say, request.Words ?? NotUnderstood),
        "IntentRequest" when request.Intent is { } name && Words.TryGetValue(name, out var words) => (AlexaMove.Say, words),
        "IntentRequest" when request.Intent is { } name && Closing.Contains(name) => (AlexaMove.Close, null),
        // An intent this endpoint does not know (a model ahead of the code) is still something said.
        "IntentRequest" => (AlexaMove.Say, request.Words ?? NotUnderstood),
        _ => (AlexaMove.Nothing, null),
    };
}
