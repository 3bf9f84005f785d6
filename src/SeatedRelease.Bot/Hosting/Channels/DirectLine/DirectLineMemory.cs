using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace SeatedRelease.Bot.DirectLine;

/// <summary>
/// The one memory budget every conversation's activities share (logs kept for polling and posts waiting for the
/// bot), counted as the length of their JSON. Limits per conversation multiply by the number of conversations;
/// this one does not. Past it the oldest activities of the largest log go first: whoever posts the most loses
/// their own history before a quiet listener loses theirs.
/// </summary>
internal sealed class DirectLineMemory(IOptions<LocalDirectLineOptions> options)
{
    private readonly ConcurrentDictionary<ConversationLog, byte> _logs = new();
    private readonly Lock _trimming = new();
    private long _used;

    public long Budget => options.Value.MemoryBudgetBytes;

    public long Used => Interlocked.Read(ref _used);

    public void Register(ConversationLog log) => _logs.TryAdd(log, 0);

    /// <summary>Forgets the log and gives back everything it held.</summary>
    public void Unregister(ConversationLog log)
    {
        _logs.TryRemove(log, out _);
        Release(log.Close());
    }

    /// <summary>Counts what must be kept whatever the budget (what the bot said), then makes room if it is passed.</summary>
    public void Take(long bytes)
    {
        if (Interlocked.Add(ref _used, bytes) > Budget)
        {
            Trim();
        }
    }

    /// <summary>Counts a post if it fits, after making room; false (nothing counted) when it still does not.</summary>
    public bool TryTake(long bytes)
    {
        if (Interlocked.Add(ref _used, bytes) <= Budget)
        {
            return true;
        }

        Trim();
        if (Used <= Budget)
        {
            return true;
        }

        Release(bytes);
        return false;
    }

    public void Release(long bytes)
    {
        if (bytes != 0)
        {
            Interlocked.Add(ref _used, -bytes);
        }
    }

    // Down to nine tenths of the budget, so a flood pays for a search of the logs once per tenth, not once per post.
    // Only one log's lock is held at a time, and never while waiting for this one.
    private void Trim()
    {
        lock (_trimming)
        {
            var target = Budget - (Budget / 10);
            while (Used > target)
            {
                ConversationLog? largest = null;
                long largestBytes = 0;
                foreach (var log in _logs.Keys)
                {
                    var bytes = log.Bytes;
                    if (bytes > largestBytes)
                    {
                        largest = log;
                        largestBytes = bytes;
                    }
                }

                if (largest is null)
                {
                    return;
                }

                Release(largest.DropOldest());
            }
        }
    }
}
