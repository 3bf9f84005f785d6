namespace SeatedRelease.Load;

/// <summary>
/// Runs sessions back to back from a number of concurrent virtual users, each session in a new conversation,
/// until the given number of sessions is done. Counts turns and errors; a failed turn ends its session.
/// </summary>
internal sealed class LoadRunner(HttpClient http, ISessionScript script, string runId)
{
    private readonly object _errorsGate = new();
    private readonly List<string> _firstErrors = [];
    private int _next;
    private int _done;
    private long _turns;
    private int _errors;

    /// <summary>Called after every completed session with the number done so far; runs on the finishing user's task.</summary>
    public Action<int>? SessionDone { get; init; }

    /// <summary>Pause of each user before every turn but the first of a session; zero keeps every user always waiting on the server.</summary>
    public TimeSpan ThinkTime { get; init; }

    /// <summary>Every user pauses exactly <see cref="ThinkTime"/> and all start together, instead of drawn pauses and staggered starts.</summary>
    public bool FixedThinkTime { get; init; }

    /// <summary>A new user for every session instead of each virtual user returning with its own id (and growing history).</summary>
    public bool NewUserPerSession { get; init; }

    /// <summary>Added to conversation ids, so that a later run with the same users starts new conversations.</summary>
    public string Round { get; init; } = "";

    /// <summary>One log per user that gathers latencies over several runs; when null, a run's own are summarized.</summary>
    public LatencyLog[]? Logs { get; init; }

    public async Task<RunCounts> RunAsync(int users, int sessions, bool record, CancellationToken cancellationToken)
    {
        _next = _done = _errors = 0;
        _turns = 0;
        var logs = Logs ?? Enumerable.Range(0, users).Select(_ => new LatencyLog { Recording = record }).ToArray();
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        await Task.WhenAll(logs.Select((log, user) => Task.Run(() => UserAsync(user, log, sessions, cancellationToken), cancellationToken)));
        var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        lock (_errorsGate)
        {
            return new RunCounts(_done, Interlocked.Read(ref _turns), _errors, elapsed, LatencyLog.Summarize(logs), [.. _firstErrors]);
        }
    }

    private async Task UserAsync(int user, LatencyLog log, int sessions, CancellationToken cancellationToken)
    {
        // A user keeps its id across sessions, as a returning listener does; every session is a new conversation.
        int session;
        BotConversation? conversation = null;
        var think = ThinkTime <= TimeSpan.Zero ? Pauses.None
            : FixedThinkTime ? Pauses.Fixed(ThinkTime)
            : Pauses.Random(ThinkTime, seed: user);
        if (think.Start() is { Ticks: > 0 } start) await Task.Delay(start, cancellationToken);
        while ((session = Interlocked.Increment(ref _next)) <= sessions)
        {
            if (conversation is null || NewUserPerSession)
            {
                conversation = new BotConversation(http, NewUserPerSession ? $"{runId}-user-s{session}" : $"{runId}-user-{user}", log, think);
            }
            conversation.Begin($"{runId}-conv{Round}-{session}");
            try
            {
                await script.RunAsync(conversation, cancellationToken);
            }
            catch (Exception e) when (e is TurnFailedException or HttpRequestException or System.Text.Json.JsonException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                Interlocked.Increment(ref _errors);
                lock (_errorsGate)
                {
                    if (_firstErrors.Count < RunCounts.MaxFirstErrors) _firstErrors.Add($"session {session}, turn {conversation.Turns}: {e.Message}");
                }
            }
            Interlocked.Add(ref _turns, conversation.Turns);
            // Counted apart from the callback: a null-conditional call would skip evaluating its argument.
            var done = Interlocked.Increment(ref _done);
            SessionDone?.Invoke(done);
        }
    }
}

/// <summary>What a run did: sessions, turns, failed turns (each ends its session), wall time and latencies.</summary>
internal sealed record RunCounts(int Sessions, long Turns, int Errors, TimeSpan Elapsed, LatencySummary Latency, IReadOnlyList<string> FirstErrors)
{
    public const int MaxFirstErrors = 5;

    /// <summary>No run yet: the start of a sum.</summary>
    public static RunCounts None { get; } = new(0, 0, 0, TimeSpan.Zero, LatencyLog.Summarize([]), []);

    /// <summary>
    /// This run followed by <paramref name="next"/>: counts and times added, the first errors of both kept up to the limit.
    /// The latency is the later run's: runs that share their logs summarize all of them, and unrecorded runs have none.
    /// </summary>
    public RunCounts Then(RunCounts next) => new(
        Sessions + next.Sessions,
        Turns + next.Turns,
        Errors + next.Errors,
        Elapsed + next.Elapsed,
        next.Latency,
        [.. FirstErrors.Concat(next.FirstErrors).Take(MaxFirstErrors)]);

    public double TurnsPerSecond => Elapsed > TimeSpan.Zero ? Turns / Elapsed.TotalSeconds : 0;
}
