using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace SeatedRelease.Bot.DirectLine;

/// <summary>The live conversations, bounded in number and dropped when idle.</summary>
internal sealed class DirectLineConversationStore(
    IOptions<LocalDirectLineOptions> options,
    TimeProvider clock,
    DirectLineTurnLoop turnLoop,
    ILogger<DirectLineConversationStore> logger)
{
    private readonly ConcurrentDictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);
    private readonly object _createGate = new();

    public int Count => _conversations.Count;

    /// <summary>Creates a conversation and starts its turn loop, unless the store is full.</summary>
    public DirectLineConversation? TryCreate()
    {
        lock (_createGate)
        {
            if (_conversations.Count >= options.Value.MaxConversations)
            {
                EvictIdle();
                if (_conversations.Count >= options.Value.MaxConversations)
                {
                    return null;
                }
            }

            var conversation = new DirectLineConversation(DirectLineToken.NewConversationId(), options.Value, clock.GetUtcNow());
            _conversations[conversation.Id] = conversation;
            turnLoop.Start(conversation);
            return conversation;
        }
    }

    public DirectLineConversation? Find(string conversationId) =>
        _conversations.TryGetValue(conversationId, out var conversation) ? conversation : null;

    /// <summary>Drops every conversation idle for longer than the configured time; returns how many.</summary>
    public int EvictIdle()
    {
        var cutoff = clock.GetUtcNow() - options.Value.IdleTimeout;
        var evicted = 0;
        foreach (var (id, conversation) in _conversations)
        {
            if (conversation.LastActive <= cutoff && _conversations.TryRemove(id, out _))
            {
                conversation.Stop();
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
                conversation.Stop();
            }
        }
    }
}
