namespace SeatedRelease.Practice.Rendering;

/// <summary>Whether the channel should open the microphone after a message.</summary>
public enum InputHint
{
    /// <summary>More is coming in this turn; keep the microphone closed.</summary>
    IgnoringInput,
    /// <summary>The bot waits for an answer; open the microphone.</summary>
    ExpectingInput,
    /// <summary>The bot waits for nothing in particular but will listen.</summary>
    AcceptingInput,
}
