using Microsoft.Bot.Builder;

namespace SeatedRelease.Bot.Hosting;

/// <summary>Chooses the state store from the "Storage" section.</summary>
public static class StorageFactory
{
    /// <summary>
    /// By Storage:Kind (any case): <c>Sqlite</c>, the default (a file at Storage:Path), <c>Memory</c> (lost on
    /// restart) or <c>Blobs</c> (Azure Blob Storage or Azurite: Storage:ConnectionString and Storage:Container).
    /// A missing setting is named in the exception, so a misconfigured host stops at start-up, not on a turn.
    /// </summary>
    public static IStorage Create(IConfigurationSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var kind = section["Kind"] is { Length: > 0 } k ? k.Trim() : "Sqlite";
        return kind.ToLowerInvariant() switch
        {
            "memory" => new JsonMemoryStorage(EndedPractice, EndedPracticeKept, TimeProvider.System),
            "sqlite" => new SqliteStorage(section["Path"] is { Length: > 0 } path ? path : DefaultPath()),
            "blobs" => new BlobsStorage(Required(section, "ConnectionString", kind), Required(section, "Container", kind)),
            _ => throw new InvalidOperationException($"{section.Path}:Kind '{kind}' is not known; use Sqlite, Memory or Blobs."),
        };
    }

    /// <summary>How long the memory store keeps an ended practice: long enough for any redelivery of its last turn.</summary>
    public static readonly TimeSpan EndedPracticeKept = TimeSpan.FromMinutes(30);

    private static bool EndedPractice(object item) => item is State.PracticeRecord { State.Ended: true };

    /// <summary>
    /// A store that can fail or hang (SQLite, Blobs) behind a time limit and a circuit breaker; the memory store
    /// can do neither and is left bare.
    /// </summary>
    public static IStorage Guarded(IStorage storage, StoreGuardOptions options, TimeProvider time) =>
        storage is JsonMemoryStorage or Microsoft.Bot.Builder.MemoryStorage ? storage : new GuardedStorage(storage, options, time);

    private static string Required(IConfigurationSection section, string name, string kind) =>
        section[name] is { Length: > 0 } value && !string.IsNullOrWhiteSpace(value)
            ? value
            : throw new InvalidOperationException(
                $"{section.Path}:Kind is '{kind}' but {section.Path}:{name} is empty; set it in appsettings.json or as the environment variable {section.Path}__{name}.");

    // Per user and outside the build output, so a rebuild or a new clone does not forget anyone's place.
    private static string DefaultPath()
    {
        var dir = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "SeatedRelease");
        Directory.CreateDirectory(dir);
        return Path.Combine(dir, "state.db");
    }
}
