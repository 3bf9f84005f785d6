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

    /// <summary>
    /// Runs the engine for one activity. <paramref name="text"/> is null for a join. Returns null when a join
    /// finds the conversation already greeted (some channels announce the user more than once).
    /// </summary>
    public async Task<Turn?> RunAsync(IActivity activity, string? text, bool join, CancellationToken cancellationToken)
    {
        var practiceKey = StateKeys.Practice(activity);
        var userKey = StateKeys.User(activity);
        for (var attempt = 1; ; attempt++)
        {
            var read = await ReadAsync(practiceKey, userKey, cancellationToken);
            var saved = read.Practice?.State ?? new PracticeState();
            if (join && (saved.StepId is not null || saved.Pending != PendingQuestion.None)) return null;
            var user = read.User ?? new UserRecord();
            if (saved.StepId is null && saved.Pending == PendingQuestion.None) saved.Pace = user.Pace;

            var memory = await MemoryAsync(user, practiceKey, saved, read.StoreUp, cancellationToken);
            var working = saved.Clone();
            Turn turn;
            try
            {
                turn = join
                    ? await engine.StartAsync(working, memory, cancellationToken)
                    : await engine.ReplyAsync(working, text, memory, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The engine worked on a copy: the stored position is still the one before this turn.
                logger.LogError(e, "A turn failed at step {StepId}; the position is kept.", saved.StepId);
                return engine.Apology(saved);
            }

            if (turn.ForgetRequested)
            {
                return await ForgetAsync(turn, user, practiceKey, userKey, cancellationToken);
            }

            if (read.StoreUp)
            {
                var outcome = await TryWriteAsync(practiceKey, new PracticeRecord { State = working, ETag = read.Practice?.ETag }, cancellationToken);
                if (outcome == WriteOutcome.Conflict && attempt < MaxAttempts)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 5 * attempt)), cancellationToken);
                    continue;
                }
                if (outcome == WriteOutcome.Written)
                {
                    cache.Saved(practiceKey, working);
                    await UpdateUserAsync(userKey, read.User, practiceKey, working, cancellationToken);
                    return turn;
                }
            }
            if (cache.Unsaved(practiceKey, working, read.Practice?.ETag))
            {
                turn.Lines.Insert(0, new SpokenLine(engine.Script.Phrase("notSaved")));
            }
            return turn;
        }
    }

    private sealed record ReadResult(PracticeRecord? Practice, UserRecord? User, bool StoreUp);

    private enum WriteOutcome { Written, Conflict, Failed }

    private async Task<ReadResult> ReadAsync(string practiceKey, string userKey, CancellationToken cancellationToken)
    {
        try
        {
            var practice = await store.ReadAsync<PracticeRecord>(practiceKey, cancellationToken);
            var user = await store.ReadAsync<UserRecord>(userKey, cancellationToken);
            return new ReadResult(cache.Reconcile(practiceKey, practice), user, true);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "The state store cannot be read; going on from the last position seen here.");
            return new ReadResult(cache.LastKnown(practiceKey), null, false);
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
    private async Task UpdateUserAsync(string userKey, UserRecord? user, string practiceKey, PracticeState practice, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            if (attempt > 1)
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
            UserUpdate.Apply(user, practiceKey, practice);
            if (await TryWriteAsync(userKey, user, cancellationToken) != WriteOutcome.Conflict) return;
        }
    }

    private async Task<ListenerMemory> MemoryAsync(UserRecord user, string practiceKey, PracticeState saved, bool storeUp, CancellationToken cancellationToken)
    {
        var starting = saved.StepId is null && saved.Pending == PendingQuestion.None;
        if (!starting || !storeUp || user.UnfinishedKey is not { } key || key == practiceKey
            || user.UnfinishedAt is not { } at || time.GetUtcNow() - at > resume.MaxAge)
        {
            return new ListenerMemory(user.History);
        }
        try
        {
            var other = await store.ReadAsync<PracticeRecord>(key, cancellationToken);
            var unfinished = other?.State is { Ended: false, StepId: not null } s && s.SessionId == user.UnfinishedSessionId ? s : null;
            return new ListenerMemory(user.History, unfinished);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "The unfinished practice cannot be read; a new one begins.");
            return new ListenerMemory(user.History);
        }
    }

    private async Task<Turn> ForgetAsync(Turn turn, UserRecord user, string practiceKey, string userKey, CancellationToken cancellationToken)
    {
        var keys = user.ConversationKeys.Append(practiceKey).Append(userKey).ToList();
        if (user.UnfinishedKey is { } unfinished) keys.Add(unfinished);
        try
        {
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
