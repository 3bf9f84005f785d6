using Microsoft.Bot.Builder;

namespace SeatedRelease.Bot.Hosting;

/// <summary>Chooses the state store from the "Storage" section.</summary>
public static class StorageFactory
{
    /// <summary>Memory (default, lost on restart) or another kind named by Storage:Kind.</summary>
    public static IStorage Create(IConfigurationSection section) =>
        (section["Kind"] ?? "Memory").ToLowerInvariant() switch
        {
            "memory" => new MemoryStorage(),
            var other => throw new InvalidOperationException($"Storage:Kind '{other}' is not known; use Memory."),
        };
}
