using System.Threading.Channels;
using Microsoft.Bot.Schema;

namespace SeatedRelease.Bot.DirectLine;

/// <summary>
/// One Direct Line conversation: its tokens, its log for polling, and the queue of posted
/// activities that its single turn loop works through in order.
/// </summary>
internal sealed class DirectLineConversation : IDisposable
{
    private readonly object _gate = new();
    private readonly List<(string Secret, DateTimeOffset ExpiresAt)> _tokens = [];
    private readonly CancellationTokenSource _stopping = new();
    private DateTimeOffset _lastActive;
    private readonly int _queueCapacity;
    private readonly Dictionary<string, string> _acceptedByClientId = new(StringComparer.Ordinal);
    private readonly Queue<string> _clientIdsInOrder = new();
    private readonly DirectLineMemory _memory;
    private CancellationTokenSource _turn = new();
    private bool _started;
    private bool _used;
    private bool _stopped;
    private long _queuedBytes;

    // A client resends within seconds; this many posts back is far enough to find it.
    private const int RememberedClientIds = 64;

    public DirectLineConversation(string id, string userId, string client, LocalDirectLineOptions options, DirectLineMemory memory, DateTimeOffset now)
    {
        Id = id;
        UserId = userId;
        Client = client;
        _memory = memory;
        Log = new ConversationLog(id, options.MaxActivitiesPerConversation, memory);
        memory.Register(Log);
        _queueCapacity = options.MaxQueuedActivities;
        Inbox = Channel.CreateBounded<QueuedActivity>(new BoundedChannelOptions(options.MaxQueuedActivities)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        _lastActive = now;
    }

    public string Id { get; }

    /// <summary>The one user this conversation's tokens speak for: every activity posted with them is from this id.</summary>
    public string UserId { get; }

    /// <summary>The address that asked for the conversation, for the limit per client.</summary>
    public string Client { get; }

    public ConversationLog Log { get; }

    public Channel<QueuedActivity> Inbox { get; }

    /// <summary>Whether the client has posted anything yet; until it has, the conversation is dropped sooner when idle.</summary>
    public bool Used
    {
        get
        {
            lock (_gate)
            {
                return _used;
            }
        }
    }

    /// <summary>Cancelled when the conversation is dropped, so a turn in progress (or its delays) ends too.</summary>
    public CancellationToken Stopping => _stopping.Token;

    public DateTimeOffset LastActive
    {
        get
        {
            lock (_gate)
            {
                return _lastActive;
            }
        }
    }

    public void Touch(DateTimeOffset now)
    {
        lock (_gate)
        {
            _lastActive = now;
        }
    }

    /// <summary>True only the first time: the bot hears of the conversation once.</summary>
    public bool MarkStarted()
    {
        lock (_gate)
        {
            var first = !_started;
            _started = true;
            return first;
        }
    }

    /// <summary>
    /// Issues a fresh token. The previous one stays valid until it expires, as the real service
    /// does, so requests already in flight with it are not refused.
    /// </summary>
    public DirectLineToken IssueToken(DateTimeOffset expiresAt, DateTimeOffset now)
    {
        var token = DirectLineToken.Issue(Id);
        lock (_gate)
        {
            _tokens.RemoveAll(t => t.ExpiresAt <= now);
            if (_tokens.Count > 1)
            {
                _tokens.RemoveRange(0, _tokens.Count - 1);
            }

            _tokens.Add((token.Secret, expiresAt));
        }

        return token;
    }

    /// <summary>When the token expires, or null when it is not a live token of this conversation.</summary>
    public DateTimeOffset? ExpiryOf(DirectLineToken token, DateTimeOffset now)
    {
        if (!string.Equals(token.ConversationId, Id, StringComparison.Ordinal))
        {
            return null;
        }

        lock (_gate)
        {
            DateTimeOffset? match = null;
            foreach (var (secret, expiresAt) in _tokens)
            {
                // Compare against every live token so the time taken does not tell which matched.
                if (token.SecretEquals(secret) && expiresAt > now)
                {
                    match = expiresAt;
                }
            }

            return match;
        }
    }

    /// <summary>
    /// Keeps the user's activity in the log (Web Chat waits for this echo to mark it sent) and
    /// queues a copy for the bot, both or neither: false when the queue is full. The caller has counted
    /// <paramref name="bytes"/> twice against the memory budget, for the echo and for the copy; what is not kept
    /// is given back. A post the client already made (same client activity id) is not taken again; it gets the id
    /// it had. A message ends the next pause of the turn in progress: the listener has spoken, so after it that
    /// turn says no more.
    /// </summary>
    public bool TryAccept(Activity echo, Func<Activity, Activity> copyForBot, long bytes, out string id)
    {
        lock (_gate)
        {
            var clientId = ClientActivityId(echo);
            if (clientId is not null && _acceptedByClientId.TryGetValue(clientId, out var known))
            {
                id = known;
                _memory.Release(2 * bytes);
                return true;
            }

            id = string.Empty;
            if (_stopped || Inbox.Reader.Count >= _queueCapacity)
            {
                _memory.Release(2 * bytes);
                return false;
            }

            id = Log.Append(echo, bytes);
            _used = true;
            if (clientId is not null)
            {
                Remember(clientId, id);
            }

            if (echo.Type == ActivityTypes.Message)
            {
                _turn.Cancel();
            }

            // Only writers hold this lock and the reader only empties the queue, so this succeeds.
            _queuedBytes += bytes;
            return Inbox.Writer.TryWrite(new QueuedActivity(copyForBot(echo), bytes));
        }
    }

    /// <summary>The turn loop took an activity off the queue: what it held goes back to the budget.</summary>
    public void Dequeued(QueuedActivity queued)
    {
        lock (_gate)
        {
            if (_stopped)
            {
                return;
            }

            _queuedBytes -= queued.Bytes;
            _memory.Release(queued.Bytes);
        }
    }

    /// <summary>
    /// A token for the turn about to run, cancelled when the listener posts a message while it runs
    /// (or already has, behind it in the queue).
    /// </summary>
    public CancellationToken BeginTurn()
    {
        lock (_gate)
        {
            _turn.Dispose();
            _turn = new CancellationTokenSource();
            if (Inbox.Reader.TryPeek(out var next) && next.Activity.Type == ActivityTypes.Message)
            {
                _turn.Cancel();
            }

            return _turn.Token;
        }
    }

    private void Remember(string clientId, string id)
    {
        _acceptedByClientId[clientId] = id;
        _clientIdsInOrder.Enqueue(clientId);
        if (_clientIdsInOrder.Count > RememberedClientIds)
        {
            _acceptedByClientId.Remove(_clientIdsInOrder.Dequeue());
        }
    }

    private static string? ClientActivityId(Activity activity) =>
        activity.ChannelData is Newtonsoft.Json.Linq.JObject data && data["clientActivityID"] is { Type: Newtonsoft.Json.Linq.JTokenType.String } value
            && ((string?)value) is { Length: > 0 } text
            ? text
            : null;

    /// <summary>Queues what the service itself tells the bot (the conversation update); it is not counted.</summary>
    public bool TryQueue(Activity activity)
    {
        lock (_gate)
        {
            return Inbox.Writer.TryWrite(new QueuedActivity(activity, 0));
        }
    }

    /// <summary>Ends the turn loop and gives back all the memory the conversation held.</summary>
    public void Stop()
    {
        lock (_gate)
        {
            if (!_stopped)
            {
                _stopped = true;
                _memory.Release(_queuedBytes);
                _queuedBytes = 0;
            }
        }

        Inbox.Writer.TryComplete();
        _stopping.Cancel();
        _memory.Unregister(Log);
    }

    public void Dispose()
    {
        _stopping.Dispose();
        lock (_gate)
        {
            _turn.Dispose();
        }
    }
}

/// <summary>A posted activity waiting for the bot, with what it counts against the memory budget.</summary>
internal sealed record QueuedActivity(Activity Activity, long Bytes);
