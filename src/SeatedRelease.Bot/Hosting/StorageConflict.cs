namespace SeatedRelease.Bot.Hosting;

/// <summary>Tells a stale-ETag conflict (re-read and re-apply) from an outage (cannot save right now).</summary>
public static class StorageConflict
{
    /// <summary>True when the write failed only because someone else wrote the item first.</summary>
    public static bool IsConflict(Exception e) =>
        e.Message.StartsWith("Etag conflict", StringComparison.OrdinalIgnoreCase)
        || e.Message.StartsWith("Storage conflict", StringComparison.OrdinalIgnoreCase);
}
