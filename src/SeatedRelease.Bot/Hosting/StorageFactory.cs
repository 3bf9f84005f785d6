using Microsoft.Bot.Builder;

namespace SeatedRelease.Bot.Hosting;

/// <summary>Chooses the state store from the "Storage" section.</summary>
public static class StorageFactory
{
    /// <summary>Sqlite (a file at Storage:Path; the default) or Memory (lost on restart), by Storage:Kind.</summary>
    public static IStorage Create(IConfigurationSection section) =>
        (section["Kind"] ?? "Sqlite").ToLowerInvariant() switch
        {
            "memory" => new MemoryStorage(),
            "sqlite" => new SqliteStorage(section["Path"] is { Length: > 0 } path ? path : DefaultPath()),
            var other => throw new InvalidOperationException($"Storage:Kind '{other}' is not known; use Memory or Sqlite."),
        };

    // Per user and outside the build output, so a rebuild or a new clone does not forget anyone's place.
    private static string DefaultPath()
    {
        var dir = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "SeatedRelease");
        Directory.CreateDirectory(dir);
        return Path.Combine(dir, "state.db");
    }
}
