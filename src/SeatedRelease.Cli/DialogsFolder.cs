namespace SeatedRelease.Cli;

/// <summary>Where the scripts are: the copy of dialogs/ beside the program.</summary>
internal static class DialogsFolder
{
    public static string Default => Path.Combine(AppContext.BaseDirectory, "dialogs");
}
