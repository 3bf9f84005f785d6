namespace SeatedRelease.Bot.Hosting;

/// <summary>Tells an ETag conflict (re-read and re-apply) from any other storage failure (cannot save right now).</summary>
public static class StorageConflict
{
    /// <summary>
    /// True for <see cref="StorageConflictException"/> (SQLite and Blob storage) and for Bot Builder's MemoryStorage
    /// conflict, which has no type of its own and is known only by its message; also when either is wrapped.
    /// </summary>
    public static bool IsConflict(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (e is StorageConflictException) return true;
            if (e.Message.StartsWith("Etag conflict", StringComparison.OrdinalIgnoreCase)) return true;
            if (e is AggregateException { InnerExceptions.Count: > 0 } many) return many.InnerExceptions.Any(IsConflict);
        }
        return false;
    }
}
