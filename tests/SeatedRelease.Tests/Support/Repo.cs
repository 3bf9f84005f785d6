namespace SeatedRelease.Tests.Support;

/// <summary>Finds files of the repository from the test's output folder.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Dialogs => Path.Combine(AppContext.BaseDirectory, "dialogs");

    public static string Path_(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SeatedRelease.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("SeatedRelease.sln not found above " + AppContext.BaseDirectory);
    }
}
