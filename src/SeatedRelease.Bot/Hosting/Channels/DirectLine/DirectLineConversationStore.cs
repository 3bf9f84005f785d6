using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace SeatedRelease.Bot.DirectLine;

/// <summary>The live conversations, bounded in number (in all and per client address) and dropped when idle.</summary>
internal sealed class DirectLineConversationStore(
    IOptions<LocalDirectLineOptions> options,
    TimeProvider clock,
    DirectLineTurnLoop turnLoop,
    DirectLineMemory memory,
    ILogger<DirectLineConversationStore> logger)
{
    private readonly ConcurrentDictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _perClient = new(StringComparer.Ordinal);
    private readonly object _createGate = new();

    public enum Refusal
    {
        None,
        Full,
        ClientFull,
    }

    public int Count => _conversations.Count;

    /// <summary>Creates a conversation for <paramref name="userId"/> and starts its turn loop, unless the store or the client's share is full.</summary>
    public (DirectLineConversation? Conversation, Refusal Refusal) TryCreate(string client, string userId)
    {
        lock (_createGate)
        {
            if (_conversations.Count >= options.Value.MaxConversations || HeldBy(client) >= options.Value.MaxConversationsPerClient)
            {
                EvictIdle();
                if (_conversations.Count >= options.Value.MaxConversations)
                {
                    return (null, Refusal.Full);
                }

                if (HeldBy(client) >= options.Value.MaxConversationsPerClient)
                {
                    return (null, Refusal.ClientFull);
                }
            }

            var conversation = new DirectLineConversation(DirectLineToken.NewConversationId(), userId, client, options.Value, memory, clock.GetUtcNow());
            _conversations[conversation.Id] = conversation;
            _perClient[client] = HeldBy(client) + 1;
            turnLoop.Start(conversation);
            return (conversation, Refusal.None);
        }
    }

    public DirectLineConversation? Find(string conversationId) =>
        _conversations.TryGetValue(conversationId, out var conversation) ? conversation : null;

    /// <summary>
    /// Drops every conversation idle for longer than the configured time, or for longer than the shorter
    /// unused time when its client never posted anything; returns how many.
    /// </summary>
    public int EvictIdle()
    {
        var now = clock.GetUtcNow();
        var evicted = 0;
        foreach (var (id, conversation) in _conversations)
        {
            var timeout = conversation.Used ? options.Value.IdleTimeout : options.Value.UnusedTimeout;
            if (conversation.LastActive <= now - timeout && _conversations.TryRemove(id, out _))
            {
                Drop(conversation);
                evicted++;
            }
        }

        if (evicted > 0)
        {
            logger.LogInformation("Dropped {Count} idle Direct Line conversations", evicted);
        }

        return evicted;
    }

    public void StopAll()
    {
        foreach (var id in _conversations.Keys)
        {
            if (_conversations.TryRemove(id, out var conversation))
            {
                Drop(conversation);
            }
        }
    }

    private int HeldBy(string client) => _perClient.TryGetValue(client, out var count) ? count : 0;

    private void Drop(DirectLineConversation conversation)
    {
        conversation.Stop();
        lock (_createGate)
        {
            var left = HeldBy(conversation.Client) - 1;
            if (left > 0)
            {
                _perClient[conversation.Client] = left;
            }
            else
            {
                _perClient.Remove(conversation.Client);
            }
        }
    }
}
