using Microsoft.Bot.Schema;
using SeatedRelease.Bot.Hosting;
using SeatedRelease.Practice.Engine;

namespace SeatedRelease.Bot.State;

/// <summary>
/// Runs one turn against the store without losing or doubling anything. The practice item is read, the engine runs
/// on a copy, and the copy is written back with its ETag, together with the activity's id and its reply; on a
/// conflict the item is read again and the turn applied again. An activity whose id the item already holds is
/// answered with the reply kept for it and is not applied again, so a channel's redelivery, a retry of a write that
/// had landed, or a racing second instance never counts a turn twice. The position only ever moves by such a write:
/// when the store cannot be read or written within the turn's budget, the listener is told their place cannot be
/// saved and nothing moves, on this instance or any other.
/// </summary>
public sealed class PracticeTurns(
    PracticeEngine engine,
    PracticeStore store,
    PracticeCache cache,
    ConversationGate gate,
    StoreGuardOptions guard,
    ResumeOptions resume,
    TimeProvider time,
    StoreFaultLog faults,
    ILogger<PracticeTurns> logger)
{
    private const int MaxAttempts = 8;

    // A write that failed outright (not a conflict) is tried once more after a read; the store may have had a blip.
    private const int MaxFailedWrites = 1;

    // Enough to cover any redelivery: channels retry within seconds, a double press within a second.
    private const int RememberedActivities = 16;

    // A channel redelivers the activity it got no answer to, which is the conversation's latest: its reply is kept.
    // Each kept reply is written with every turn, so more would cost every turn for a rare case.
    private const int RememberedReplies = 1;

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
    /// same guarantees: on a copy, written with its ETag, applied again on a conflict, answered from the store on a
    /// redelivery. A null turn writes nothing. Turns of one conversation take their turn on this instance, and all
    /// of a turn's store calls share one time budget.
    /// </summary>
    public async Task<TurnResult?> ApplyAsync(IActivity activity, Func<PracticeState, ListenerMemory, CancellationToken, Task<Turn?>> change, CancellationToken cancellationToken)
    {
        var practiceKey = StateKeys.Practice(activity);
        var unsure = new WriteInDoubt();
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(guard.TurnBudget);
        try
        {
            using var _ = await gate.EnterAsync(practiceKey, budget.Token);
            return await ApplyInLineAsync(activity, practiceKey, change, unsure, budget.Token, cancellationToken);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            faults.Failed(e, "A turn ran out of time waiting for the state store; nothing moved.");
            return Hold(practiceKey, activity, unsure);
        }
    }

    private async Task<TurnResult?> ApplyInLineAsync(IActivity activity, string practiceKey, Func<PracticeState, ListenerMemory, CancellationToken, Task<Turn?>> change, WriteInDoubt unsure, CancellationToken storeToken, CancellationToken cancellationToken)
    {
        var userKey = StateKeys.User(activity);
        var wantHistory = false;
        var failedWrites = 0;
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            // The first attempt may start from this instance's own last write; a retry always reads the store.
            var read = attempt == 1 && cache.Written(practiceKey) is { } written
                ? new ReadResult(written, FromCache: true)
                : await ReadPracticeAsync(practiceKey, storeToken);
            if (read is null) return Hold(practiceKey, activity, unsure);
            // What the store holds now says whether this turn's own write landed.
            unsure.MayHaveLanded = false;
            if (Answered(read.Practice, activity, out var replay)) return replay;
            if (cache.TakeUnheard(practiceKey) is { } unheard && Missed(read.Practice, unheard, activity) is { } missed)
            {
                var retold = await TryRetellAsync(practiceKey, read.Practice!, activity, missed, unsure, storeToken);
                if (retold is not null) return retold;
                continue;
            }
            var saved = read.Practice?.State ?? new PracticeState();
            var starting = saved.StepId is null || saved.Pending != PendingQuestion.None;
            // Most turns need nothing of the user's: the record is read only to begin, or when a turn asks for history.
            var user = starting || wantHistory ? await ReadUserAsync(userKey, storeToken) : null;
            if (saved.StepId is null && saved.Pending == PendingQuestion.None && user is not null) saved.Pace = user.Pace;

            var memory = user is null
                ? new ListenerMemory(null)
                : await MemoryAsync(user, userKey, practiceKey, saved, wantHistory, storeToken);
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
                attempt--;
                continue;
            }

            if (turn.ForgetRequested)
            {
                return new TurnResult(await ForgetAsync(turn, practiceKey, userKey, storeToken), saved, working);
            }

            var revision = (read.Practice?.Revision ?? 0) + 1;
            var record = new PracticeRecord
            {
                State = working,
                ETag = read.Practice?.ETag,
                Revision = revision,
                ActivityIds = Remember(read.Practice, activity),
                Replies = Remember(read.Practice, activity, turn),
            };
            unsure.MayHaveLanded = true;
            var outcome = await TryWriteAsync(practiceKey, record, storeToken);
            unsure.MayHaveLanded = outcome == WriteOutcome.Failed;
            if (outcome == WriteOutcome.Written)
            {
                // Stores that say the new ETag (ours do) stamp it on the record; Bot Builder's MemoryStorage leaves it.
                cache.Saved(practiceKey, record, record.ETag != read.Practice?.ETag ? record.ETag : null);
                if (user is not null || UserMayChange(saved, working))
                {
                    try
                    {
                        await UpdateUserAsync(userKey, user, practiceKey, working, revision, storeToken);
                    }
                    catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
                    {
                        // The practice item is saved and is what the user record is rebuilt from on a later turn.
                        faults.Failed(e, "The user record ran out of time; it will be brought up to date on a later turn.");
                    }
                }
                return new TurnResult(turn, saved, working);
            }
            // A conflict, or a failed write that may yet have landed: either way the store is read again. If this
            // turn's own write is there, its id is too, and the reply kept with it is the answer.
            cache.Remove([practiceKey]);
            if (outcome == WriteOutcome.Failed && ++failedWrites > MaxFailedWrites)
            {
                // Only to learn whether the last write landed: another write to a failing store would not help.
                var settled = await ReadPracticeAsync(practiceKey, storeToken);
                if (settled is null) return Hold(practiceKey, activity, unsure);
                return Answered(settled.Practice, activity, out var landed) ? landed : Hold();
            }
            // A guess from the cache was only stale; a conflict after a real read is a race, so back off.
            if (outcome == WriteOutcome.Conflict && !read.FromCache)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 5 * attempt)), storeToken);
            }
        }
        return Hold(practiceKey, activity, unsure);
    }

    // A write of this turn may have landed without this instance learning it: should the same words come here again, the
    // reply the store keeps for it is the step they never heard. Its own copy may be behind the store, so the next turn
    // reads the store.
    private TurnResult Hold(string practiceKey, IActivity activity, WriteInDoubt unsure)
    {
        if (unsure.MayHaveLanded)
        {
            cache.Remove([practiceKey]);
            if (!string.IsNullOrEmpty(activity.Id)) cache.Unheard(practiceKey, activity.Id, WordsOf(activity));
        }
        return Hold();
    }

    private static string WordsOf(IActivity activity) =>
        string.Join(' ', (activity.AsMessageActivity()?.Text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    /// <summary>
    /// The reply the listener missed: the turn they were told could not be saved did land, nothing has moved since, and
    /// they said the same words again. Any other words are a new turn (a pain report among them).
    /// </summary>
    private static StoredReply? Missed(PracticeRecord? practice, UnheardTurn unheard, IActivity activity) =>
        practice is not null && practice.ActivityIds.Count > 0 && practice.ActivityIds[^1] == unheard.ActivityId
        && WordsOf(activity) == unheard.Words
            ? practice.Replies.FindLast(r => string.Equals(r.ActivityId, unheard.ActivityId, StringComparison.Ordinal))
            : null;

    // Says the missed reply now, after a word that it was saved, and keeps it for this activity too so that a redelivery
    // hears the same; the position does not move. Null when the store did not take that (the turn is then run afresh).
    private async Task<TurnResult?> TryRetellAsync(string practiceKey, PracticeRecord practice, IActivity activity, StoredReply missed, WriteInDoubt unsure, CancellationToken cancellationToken)
    {
        var turn = missed.ToTurn();
        var saved = new SpokenLine(engine.Script.Phrase("savedAfterAll"));
        // A retelling that itself went unheard is told again once, not with the word that it was saved twice.
        if (turn.Lines.FirstOrDefault() != saved) turn.Lines.Insert(0, saved);
        var record = new PracticeRecord
        {
            State = practice.State,
            ETag = practice.ETag,
            Revision = practice.Revision + 1,
            ActivityIds = Remember(practice, activity),
            Replies = Remember(practice, activity, turn),
        };
        unsure.MayHaveLanded = true;
        var outcome = await TryWriteAsync(practiceKey, record, cancellationToken);
        unsure.MayHaveLanded = outcome == WriteOutcome.Failed;
        if (outcome != WriteOutcome.Written)
        {
            cache.Remove([practiceKey]);
            return null;
        }
        cache.Saved(practiceKey, record, record.ETag != practice.ETag ? record.ETag : null);
        var before = practice.State.Clone();
        if (missed.Ended) before.Ended = false;
        return new TurnResult(turn, before, practice.State);
    }

    // Whether a write of the turn may have reached the store unconfirmed: set while one is under way and after one
    // failed, cleared once a read of the store can tell.
    private sealed class WriteInDoubt
    {
        public bool MayHaveLanded { get; set; }
    }

    // Nothing was read or saved: the listener hears so, and the same words then find the practice where it was.
    private TurnResult Hold()
    {
        var turn = new Turn { Suggestions = "again" };
        turn.Lines.Add(new SpokenLine(engine.Script.Phrase("notSaved")));
        var unknown = new PracticeState();
        return new TurnResult(turn, unknown, unknown);
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

    // The activity was answered already: its kept reply (with the skill's ending again, if that reply ended the
    // practice), or nothing to say when its reply has aged out of the item.
    private static bool Answered(PracticeRecord? practice, IActivity activity, out TurnResult? replay)
    {
        replay = null;
        if (practice is null || string.IsNullOrEmpty(activity.Id) || !practice.ActivityIds.Contains(activity.Id, StringComparer.Ordinal)) return false;
        if (practice.Replies.FindLast(r => string.Equals(r.ActivityId, activity.Id, StringComparison.Ordinal)) is not { } reply) return true;
        var before = practice.State.Clone();
        if (reply.Ended) before.Ended = false;
        replay = new TurnResult(reply.ToTurn(), before, practice.State);
        return true;
    }

    private static List<string> Remember(PracticeRecord? practice, IActivity activity)
    {
        var ids = practice?.ActivityIds.ToList() ?? [];
        if (string.IsNullOrEmpty(activity.Id)) return ids;
        ids.Add(activity.Id);
        return ids.Count > RememberedActivities ? ids.GetRange(ids.Count - RememberedActivities, RememberedActivities) : ids;
    }

    private static List<StoredReply> Remember(PracticeRecord? practice, IActivity activity, Turn turn)
    {
        var replies = practice?.Replies.ToList() ?? [];
        if (string.IsNullOrEmpty(activity.Id)) return replies;
        replies.Add(StoredReply.Of(activity.Id, turn));
        return replies.Count > RememberedReplies ? replies.GetRange(replies.Count - RememberedReplies, RememberedReplies) : replies;
    }

    private sealed record ReadResult(PracticeRecord? Practice, bool FromCache = false);

    private enum WriteOutcome { Written, Conflict, Failed }

    // Null when the store cannot be read: the turn then holds the practice where it is.
    private async Task<ReadResult?> ReadPracticeAsync(string practiceKey, CancellationToken cancellationToken)
    {
        try
        {
            return new ReadResult(await store.ReadAsync<PracticeRecord>(practiceKey, cancellationToken));
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            faults.Failed(e, "The state store cannot be read; the practice waits where it is.");
            return null;
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
            faults.Failed(e, "The user record cannot be read; this turn goes on without it.");
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
            faults.Failed(e, $"The state store cannot be written: {key}.");
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
                    faults.Failed(e, "The user record cannot be read; it will be brought up to date on a later turn.");
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
                faults.Failed(e, "A past practice cannot be read; it will be written on a later turn.");
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
            faults.Failed(e, $"An old conversation's practice could not be erased: {string.Join(", ", dropped)}.");
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
            faults.Failed(e, "The unfinished practice cannot be read; a new one begins.");
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
            faults.Failed(e, "The history cannot be read; this turn goes on without it.");
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
            faults.Failed(e, "Deleting a user's data failed.");
            var failed = new Turn { Pace = turn.Pace, Ended = false, Suggestions = "yesno" };
            failed.Lines.Add(new SpokenLine(engine.Script.Phrase("forgetFailed")));
            return failed;
        }
    }
}
