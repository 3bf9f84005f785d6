namespace SeatedRelease.Bot.Hosting;

/// <summary>
/// A write was refused because the item changed since it was read: its ETag no longer matches (or the item is
/// gone). Re-read, re-apply the change and write again. Never thrown for an outage.
/// </summary>
public sealed class StorageConflictException : Exception
{
    /// <summary>Creates the exception for the key whose ETag did not match.</summary>
    public StorageConflictException(string key, Exception? inner = null)
        : base($"Storage conflict: '{key}' was changed by another writer since it was read.", inner)
    {
        Key = key;
    }

    /// <summary>The storage key whose write was refused.</summary>
    public string Key { get; }
}
