using SeatedRelease.Practice.Recognition;

namespace SeatedRelease.Practice.Engine;

/// <summary>The script's key for each prompt context ("ready", "yesno", ...).</summary>
internal static class PromptKeys
{
    public static string Of(PromptContext context) => context switch
    {
        PromptContext.Ready => "ready",
        PromptContext.YesNo => "yesno",
        PromptContext.Surface => "surface",
        PromptContext.PainKind => "painkind",
        _ => throw new ArgumentOutOfRangeException(nameof(context)),
    };
}
