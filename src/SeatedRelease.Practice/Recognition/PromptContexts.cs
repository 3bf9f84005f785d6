namespace SeatedRelease.Practice.Recognition;

/// <summary>The corpus names of the prompt contexts ("ready", "yesno", "surface", "painkind").</summary>
public static class PromptContexts
{
    /// <summary>Parses a corpus context name, ignoring case.</summary>
    public static bool TryParse(string name, out PromptContext context) =>
        Enum.TryParse(name.Trim(), ignoreCase: true, out context) && Enum.IsDefined(context);

    /// <summary>The corpus name of a context.</summary>
    public static string Name(PromptContext context) => context.ToString().ToLowerInvariant();
}
