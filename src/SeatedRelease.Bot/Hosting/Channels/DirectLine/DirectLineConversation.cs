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
    private CancellationTokenSource _turn = new();
    private bool _started;

    // A client resends within seconds; this many posts back is far enough to find it.
    private const int RememberedClientIds = 64;

    public DirectLineConversation(string id, LocalDirectLineOptions options, DateTimeOffset now)
    {
        Id = id;
        Log = new ConversationLog(id, options.MaxActivitiesPerConversation);
        _queueCapacity = options.MaxQueuedActivities;
        Inbox = Channel.CreateBounded<Activity>(new BoundedChannelOptions(options.MaxQueuedActivities)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        _lastActive = now;
    }

    public string Id { get; }

    public ConversationLog Log { get; }

    public Channel<Activity> Inbox { get; }

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
    /// queues a copy for the bot, both or neither: false when the queue is full. A post the client
    /// already made (same client activity id) is not taken again; it gets the id it had. A message
    /// ends the next pause of the turn in progress: the listener has spoken, so after it that turn says no more.
    /// </summary>
    public bool TryAccept(Activity echo, Func<Activity, Activity> copyForBot, out string id)
    {
        lock (_gate)
        {
            var clientId = ClientActivityId(echo);
            if (clientId is not null && _acceptedByClientId.TryGetValue(clientId, out var known))
            {
                id = known;
                return true;
            }

            id = string.Empty;
            if (Inbox.Reader.Count >= _queueCapacity)
            {
                return false;
            }

            id = Log.Append(echo);
            if (clientId is not null)
            {
                Remember(clientId, id);
            }

            if (echo.Type == ActivityTypes.Message)
            {
                _turn.Cancel();
            }

            // Only writers hold this lock and the reader only empties the queue, so this succeeds.
            return Inbox.Writer.TryWrite(copyForBot(echo));
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
            if (Inbox.Reader.TryPeek(out var next) && next.Type == ActivityTypes.Message)
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

    public bool TryQueue(Activity activity)
    {
        lock (_gate)
        {
            return Inbox.Writer.TryWrite(activity);
        }
    }

    public void Stop()
    {
        Inbox.Writer.TryComplete();
        _stopping.Cancel();
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
