namespace SeatedRelease.Bot.Hosting;

/// <summary>Reads a request body once, into one buffer, refusing it as soon as it passes the limit.</summary>
internal static class RequestBody
{
    /// <summary>The body, or null when it is longer than <paramref name="maxBytes"/>.</summary>
    public static async Task<ReadOnlyMemory<byte>?> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        // A declared length sizes the buffer once; chunked bodies grow it.
        var buffer = new MemoryStream(request.ContentLength is { } n && n <= maxBytes ? (int)n : 4096);
        var chunk = new byte[Math.Min(16 * 1024, maxBytes + 1)];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes) return null;
        }
        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }
}
