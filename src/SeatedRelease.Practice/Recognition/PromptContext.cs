namespace SeatedRelease.Practice.Recognition;

/// <summary>What the bot last asked; an utterance is understood in the light of it.</summary>
public enum PromptContext
{
    /// <summary>The bot waits for the listener to be ready for the next cue.</summary>
    Ready,
    /// <summary>The bot asked a yes/no question.</summary>
    YesNo,
    /// <summary>The bot asked what the listener sits on.</summary>
    Surface,
    /// <summary>After a pain report, the bot asked what kind of pain it is.</summary>
    PainKind,
}
