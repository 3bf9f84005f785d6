namespace SeatedRelease.Practice.Rendering;

/// <summary>One message as a channel receives it.</summary>
/// <param name="Text">Plain text for chat and screen readers.</param>
/// <param name="Speak">SSML 1.0 for speech.</param>
/// <param name="InputHint">Microphone discipline.</param>
/// <param name="Suggestions">Button titles for chat users; empty on all but the last message of a turn and those followed by a long silence.</param>
/// <param name="SilenceAfter">Silence after the message that did not fit in its SSML breaks; sent as a delay.</param>
/// <param name="SpokenSilence">Silence inside the SSML, for measuring the session.</param>
/// <param name="Move">The message asks the listener to move.</param>
public sealed record RenderedMessage(
    string Text,
    string Speak,
    InputHint InputHint,
    IReadOnlyList<string> Suggestions,
    TimeSpan SilenceAfter,
    TimeSpan SpokenSilence,
    bool Move = false);
