namespace SeatedRelease.Bot.State;

/// <summary>
/// Lets one turn of a conversation at a time through on this instance. Turns of one conversation that arrive
/// together (a burst of "ready"s, a channel's retry beside the original) would otherwise race each other's ETag
/// until one runs out of attempts; in line, each starts from the one before. Other conversations never wait.
/// </summary>
public sealed class ConversationGate
{
    private sealed class Slot
    {
        public readonly SemaphoreSlim Semaphore = new(1, 1);
        public int Users;
    }

    private readonly Dictionary<string, Slot> _slots = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>How many conversations have a turn running or waiting.</summary>
    public int Active
    {
        get
        {
            lock (_lock) return _slots.Count;
        }
    }

    /// <summary>Waits for the conversation's turn; dispose the result to let the next one in.</summary>
    public async Task<IDisposable> EnterAsync(string key, CancellationToken cancellationToken)
    {
        Slot slot;
        lock (_lock)
        {
            if (!_slots.TryGetValue(key, out slot!)) _slots[key] = slot = new Slot();
            slot.Users++;
        }
        try
        {
            await slot.Semaphore.WaitAsync(cancellationToken);
        }
        catch
        {
            Leave(key, slot);
            throw;
        }
        return new Pass(this, key, slot);
    }

    private void Leave(string key, Slot slot)
    {
        lock (_lock)
        {
            // The last one out removes the slot, so the table holds only conversations with a turn under way.
            if (--slot.Users == 0) _slots.Remove(key);
        }
    }

    private sealed class Pass(ConversationGate gate, string key, Slot slot) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) != 0) return;
            slot.Semaphore.Release();
            gate.Leave(key, slot);
        }
    }
}
