using Microsoft.Bot.Schema;
using SeatedRelease.Bot.Hosting;
using SeatedRelease.Practice.Engine;

namespace SeatedRelease.Bot.State;

/// <summary>
/// Runs one turn against the store without losing anything: read the practice item, run the engine on a copy,
/// write it back with its ETag; on a conflict read again and apply the turn again, so a turn that raced another
/// is neither lost nor doubled, and its safety note is kept. When the store is down the practice goes on from
/// the last position seen here, the listener is told once, and the position is written once the store is back.
/// </summary>
public sealed class PracticeTurns(
    PracticeEngine engine,
    PracticeStore store,
    PracticeCache cache,
    ResumeOptions resume,
    TimeProvider time,
    ILogger<PracticeTurns> logger)
{
    private const int MaxAttempts = 8;

    // Enough to cover any redelivery: channels retry within seconds, a double press within a second.
    private const int RememberedActivities = 16;

    /// <summary>
    /// Runs the engine for one activity. <paramref name="text"/> is null for a join. Returns null when a join
    /// finds the conversation already greeted (some channels announce the user more than once).
    /// </summary>
    public Task<TurnResult?> RunAsync(IActivity activity, string? text, bool join, CancellationToken cancellationToken) =>
        ApplyAsync(activity, async (working, memory, ct) =>
        {
            if (join && (working.StepId is not null || working.Pending != PendingQuestion.None)) return null;
            return join
                ? await engine.StartAsync(working, memory, ct)
                : await engine.ReplyAsync(working, text, memory, ct);
        }, cancellationToken);

    /// <summary>
    /// Applies any change to the conversation's practice (the engine's turn, or a cancel from a parent bot) with the
    /// same guarantees: on a copy, written with its ETag, applied again on a conflict. A null turn writes nothing.
    /// </summary>
    public async Task<TurnResult?> ApplyAsync(IActivity activity, Func<PracticeState, ListenerMemory, CancellationToken, Task<Turn?>> change, CancellationToken cancellationToken)
    {
        var practiceKey = StateKeys.Practice(activity);
        var userKey = StateKeys.User(activity);
        var wantHistory = false;
        for (var attempt = 1; ; attempt++)
        {
            // The first attempt may start from this instance's own last write; a retry always reads the store.
            var read = attempt == 1 && cache.Written(practiceKey) is { } written
                ? new ReadResult(written, StoreUp: true, FromCache: true)
                : await ReadPracticeAsync(practiceKey, cancellationToken);
            if (AlreadyAnswered(read.Practice, activity)) return null;
            var saved = read.Practice?.State ?? new PracticeState();
            var starting = saved.StepId is null || saved.Pending != PendingQuestion.None;
            // Most turns need nothing of the user's: the record is read only to begin, or when a turn asks for history.
            var user = read.StoreUp && (starting || wantHistory) ? await ReadUserAsync(userKey, cancellationToken) : null;
            if (saved.StepId is null && saved.Pending == PendingQuestion.None && user is not null) saved.Pace = user.Pace;

            var memory = user is null
                ? new ListenerMemory(read.StoreUp ? null : [])
                : await MemoryAsync(user, userKey, practiceKey, saved, wantHistory, cancellationToken);
            var working = saved.Clone();
            Turn? turn;
            try
            {
                turn = await change(working, memory, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The change worked on a copy: the stored position is still the one before this turn.
                logger.LogError(e, "A turn failed at step {StepId}; the position is kept.", saved.StepId);
                return new TurnResult(engine.Apology(saved), saved, saved);
            }
            if (turn is null) return null;
            if (turn.NeedsHistory && !wantHistory)
            {
                wantHistory = true;
                continue;
            }

            if (turn.ForgetRequested)
            {
                return new TurnResult(await ForgetAsync(turn, practiceKey, userKey, cancellationToken), saved, working);
            }

            var revision = (read.Practice?.Revision ?? 0) + 1;
            if (read.StoreUp)
            {
                var record = new PracticeRecord { State = working, ETag = read.Practice?.ETag, Revision = revision, ActivityIds = Answered(read.Practice, activity) };
                var outcome = await TryWriteAsync(practiceKey, record, cancellationToken);
                if (outcome == WriteOutcome.Conflict && attempt < MaxAttempts)
                {
                    // A guess from the cache was only stale; a conflict after a real read is a race, so back off.
                    if (!read.FromCache) await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 5 * attempt)), cancellationToken);
                    continue;
                }
                if (outcome == WriteOutcome.Written)
                {
                    // Stores that say the new ETag (ours do) stamp it on the record; Bot Builder's MemoryStorage leaves it.
                    cache.Saved(practiceKey, working, revision, record.ETag != read.Practice?.ETag ? record.ETag : null, record.ActivityIds);
                    if (user is not null || UserMayChange(saved, working))
                    {
                        await UpdateUserAsync(userKey, user, practiceKey, working, revision, cancellationToken);
                    }
                    return new TurnResult(turn, saved, working);
                }
            }
            if (cache.Unsaved(practiceKey, working, read.Practice?.Revision ?? 0) && turn.Lines.Count > 0)
            {
                turn.Lines.Insert(0, new SpokenLine(engine.Script.Phrase("notSaved")));
            }
            return new TurnResult(turn, saved, working);
        }
    }

    // Only these move anything the user record keeps: the pace, a new or ended practice, a pain report or its kind.
    private static bool UserMayChange(PracticeState before, PracticeState after) =>
        before.StepId is null
        || before.SessionId != after.SessionId
        || before.Pace != after.Pace
        || before.Ended != after.Ended
        || before.Pending != after.Pending
        || before.Notes.Count != after.Notes.Count
        || (after.Notes.Count > 0 && !before.Notes[^1].SameAs(after.Notes[^1]));

    private static bool AlreadyAnswered(PracticeRecord? practice, IActivity activity) =>
        practice is not null && !string.IsNullOrEmpty(activity.Id) && practice.ActivityIds.Contains(activity.Id, StringComparer.Ordinal);

    private static List<string> Answered(PracticeRecord? practice, IActivity activity)
    {
        var ids = practice?.ActivityIds.ToList() ?? [];
        if (string.IsNullOrEmpty(activity.Id)) return ids;
        ids.Add(activity.Id);
        return ids.Count > RememberedActivities ? ids.GetRange(ids.Count - RememberedActivities, RememberedActivities) : ids;
    }

    private sealed record ReadResult(PracticeRecord? Practice, bool StoreUp, bool FromCache = false);

    private enum WriteOutcome { Written, Conflict, Failed }

    private async Task<ReadResult> ReadPracticeAsync(string practiceKey, CancellationToken cancellationToken)
    {
        try
        {
            var practice = await store.ReadAsync<PracticeRecord>(practiceKey, cancellationToken);
            return new ReadResult(cache.Reconcile(practiceKey, practice), true);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "The state store cannot be read; going on from the last position seen here.");
            return new ReadResult(cache.LastKnown(practiceKey), false);
        }
    }

    private async Task<UserRecord?> ReadUserAsync(string userKey, CancellationToken cancellationToken)
    {
        try
        {
            return await store.ReadAsync<UserRecord>(userKey, cancellationToken) ?? new UserRecord();
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "The user record cannot be read; this turn goes on without it.");
            return new UserRecord();
        }
    }

    private async Task<WriteOutcome> TryWriteAsync<T>(string key, T item, CancellationToken cancellationToken) where T : class, Microsoft.Bot.Builder.IStoreItem
    {
        try
        {
            await store.WriteAsync(key, item, cancellationToken);
            return WriteOutcome.Written;
        }
        catch (Exception e) when (StorageConflict.IsConflict(e))
        {
            return WriteOutcome.Conflict;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "The state store cannot be written: {Key}.", key);
            return WriteOutcome.Failed;
        }
    }

    // The user record only gathers what the practice item already holds, so it is re-read and re-folded on conflict.
    private async Task UpdateUserAsync(string userKey, UserRecord? user, string practiceKey, PracticeState practice, long revision, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            if (attempt > 1 || user is null)
            {
                try
                {
                    user = await store.ReadAsync<UserRecord>(userKey, cancellationToken);
                }
                catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    logger.LogWarning(e, "The user record cannot be read; it will be brought up to date on a later turn.");
                    return;
                }
            }
            user ??= new UserRecord();
            var dropped = new List<string>();
            var outcome = UserUpdate.Apply(user, userKey, practiceKey, practice, dropped)
                ? await TryWriteAsync(userKey, user, cancellationToken)
                : WriteOutcome.Written;
            if (outcome == WriteOutcome.Conflict) continue;
            if (outcome == WriteOutcome.Failed) return;
            await EraseDroppedAsync(dropped, user, cancellationToken);
            // Only now that the record lists it, so that no entry is ever written that "delete my data" cannot find.
            if (UserUpdate.KeepsHistory(practice))
            {
                await WriteHistoryAsync(StateKeys.History(userKey, practice.SessionId), practice, revision, cancellationToken);
            }
            return;
        }
    }

    // Two turns of one practice may race here; the entry of the newer revision must win, whichever writes last.
    private async Task WriteHistoryAsync(string key, PracticeState practice, long revision, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            HistoryEntry? kept;
            try
            {
                kept = await store.ReadAsync<HistoryEntry>(key, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                logger.LogWarning(e, "A past practice cannot be read; it will be written on a later turn.");
                return;
            }
            if (kept is not null && (kept.Revision >= revision || UserUpdate.Same(kept.Practice, practice))) return;
            var entry = new HistoryEntry { Practice = PastPractice.Of(practice), Revision = revision, ETag = kept?.ETag };
            var outcome = await TryWriteAsync(key, entry, cancellationToken);
            if (outcome == WriteOutcome.Failed) return;
            // A first write cannot be made conditional, so it is read back: a racing older one may have landed after it.
            if (outcome == WriteOutcome.Written && kept is not null) return;
        }
    }

    // Only once the record no longer lists them; an unfinished practice stays while the record points to it.
    private async Task EraseDroppedAsync(List<string> dropped, UserRecord user, CancellationToken cancellationToken)
    {
        dropped.RemoveAll(k => k == user.UnfinishedKey);
        if (dropped.Count == 0) return;
        try
        {
            await store.DeleteAsync(dropped, cancellationToken);
            cache.Remove(dropped);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "An old conversation's practice could not be erased: {Keys}.", string.Join(", ", dropped));
        }
    }

    private async Task<ListenerMemory> MemoryAsync(UserRecord user, string userKey, string practiceKey, PracticeState saved, bool wantHistory, CancellationToken cancellationToken)
    {
        // Null until a turn asks: the engine then says so, and the turn runs again with the history read.
        var history = wantHistory ? await ReadHistoryAsync(userKey, user, cancellationToken) : null;
        var starting = saved.StepId is null && saved.Pending == PendingQuestion.None;
        // A stop for safety in another conversation holds here too (a reload, another device).
        var held = starting && user.HeldUntil is { } until && until > time.GetUtcNow() ? until : (DateTimeOffset?)null;
        if (held is not null || !starting || user.UnfinishedKey is not { } key || key == practiceKey)
        {
            return new ListenerMemory(history, HeldUntil: held);
        }
        try
        {
            var other = await store.ReadAsync<PracticeRecord>(key, cancellationToken);
            // The practice's own last move decides its age: the user record is not rewritten on every turn.
            var unfinished = other?.State is { Ended: false, StepId: not null } s && s.SessionId == user.UnfinishedSessionId
                && s.UpdatedAt is { } at && time.GetUtcNow() - at <= resume.MaxAge ? s : null;
            return new ListenerMemory(history, unfinished);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "The unfinished practice cannot be read; a new one begins.");
            return new ListenerMemory(history);
        }
    }

    private static IEnumerable<string> HistoryKeys(string userKey, UserRecord user) =>
        user.HistoryIds.Select(id => StateKeys.History(userKey, id));

    private async Task<IReadOnlyList<PastPractice>> ReadHistoryAsync(string userKey, UserRecord user, CancellationToken cancellationToken)
    {
        try
        {
            var entries = await store.ReadManyAsync<HistoryEntry>(HistoryKeys(userKey, user).ToList(), cancellationToken);
            return entries.Select(e => e.Practice).ToList();
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "The history cannot be read; this turn goes on without it.");
            return [];
        }
    }

    private async Task<Turn> ForgetAsync(Turn turn, string practiceKey, string userKey, CancellationToken cancellationToken)
    {
        try
        {
            var user = await store.ReadAsync<UserRecord>(userKey, cancellationToken) ?? new UserRecord();
            var keys = user.ConversationKeys.Append(practiceKey).Append(userKey).Concat(HistoryKeys(userKey, user)).ToList();
            if (user.UnfinishedKey is { } unfinished) keys.Add(unfinished);
            await store.DeleteAsync(keys, cancellationToken);
            cache.Remove(keys);
            return turn;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "Deleting a user's data failed.");
            var failed = new Turn { Pace = turn.Pace, Ended = false, Suggestions = "yesno" };
            failed.Lines.Add(new SpokenLine(engine.Script.Phrase("forgetFailed")));
            return failed;
        }
    }
}
