using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Data.Sqlite;

namespace SeatedRelease.Bot.Hosting;

/// <summary>
/// Bot state in one SQLite file, so that positions, pace preferences and safety history survive a restart
/// without any cloud service. Items are JSON that names their types (<see cref="StoreJson"/>); a write
/// whose item carries an ETag other than null, empty or "*" must match the stored one or throws
/// <see cref="StorageConflictException"/>, a batch of writes is applied all or nothing, and a written item is
/// stamped with its new ETag. A connection that fails is closed and a new one opened for the next call, so a file
/// that was read-only, locked or replaced is written again once it can be. A missing file is a failure, not a
/// fresh start: every write is refused until it is back, and <see cref="Problem"/> says so.
/// </summary>
public sealed class SqliteStorage : IStorage, IStoreHealth, IDisposable
{
    // Enough open readers for every core to be busy; more would only hold memory.
    private const int MaxIdleReaders = 8;

    // How long a write waits for another process's lock before it fails: the turn has a budget of its own.
    private const int BusySeconds = 1;

    // Every so many writes the WAL is checkpointed and cut back, so it stays small however busy the readers are.
    private const int WritesPerCheckpoint = 2048;

    private readonly string _path;
    private readonly string _connectionString;
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly ConcurrentBag<Reader> _readers = [];
    private Writer? _writer;
    private volatile string? _problem;
    private int _writesSinceCheckpoint;
    private bool _opened;
    private bool _disposed;

    /// <summary>Opens (and creates if needed) the database file and its folder.</summary>
    public SqliteStorage(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { Length: > 0 } folder) Directory.CreateDirectory(folder);
        _path = Path.GetFullPath(path);
        // Connections are kept open by this class, so the driver's own pool would only add a second layer.
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false, DefaultTimeout = BusySeconds }.ToString();
        try
        {
            _writer = new Writer(_connectionString);
            _opened = true;
        }
        catch (SqliteException e)
        {
            // The host still starts and answers; /healthz says what is wrong, and the next write tries again.
            _problem = $"The database {_path} cannot be opened: {e.Message}";
        }
    }

    /// <inheritdoc />
    public string? Problem => File.Exists(_path) ? _problem : $"The database file {_path} is missing; nothing is saved until it is back.";

    /// <inheritdoc />
    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ObjectDisposedException.ThrowIf(_disposed, this);
        cancellationToken.ThrowIfCancellationRequested();
        // SQLite answers from the page cache in microseconds: no thread is saved by going async here.
        var reader = _readers.TryTake(out var idle) ? idle : new Reader(_connectionString);
        var healthy = false;
        try
        {
            var result = new Dictionary<string, object>(StringComparer.Ordinal);
            foreach (var key in keys.Distinct(StringComparer.Ordinal))
            {
                if (reader.Find(key) is { } row) result[key] = StoreJson.WithETag(StoreJson.FromJson(row.Json), row.ETag);
            }
            healthy = true;
            return Task.FromResult<IDictionary<string, object>>(result);
        }
        finally
        {
            // A connection that failed is not trusted again: the next read opens a new one.
            if (healthy && _readers.Count < MaxIdleReaders && !_disposed) _readers.Add(reader);
            else reader.Dispose();
        }
    }

    /// <inheritdoc />
    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        // Serialise before taking the gate, so writers wait only for SQLite itself.
        var rows = changes.Select(c => (c.Key, Json: StoreJson.ToJson(c.Value ?? throw new ArgumentNullException(nameof(changes), $"'{c.Key}' has no value.")), Expected: StoreJson.ExpectedETag(c.Value))).ToList();
        var pending = new PendingWrite(rows);
        _queued.Enqueue(pending);
        var entered = false;
        try
        {
            await _writeGate.WaitAsync(cancellationToken);
            entered = true;
        }
        catch (OperationCanceledException) when (pending.TryAbandon())
        {
            // Never committed: a writer that holds the gate skips it. Had one taken it already, its outcome is awaited
            // below instead, so a cancelled caller is never told "not written" about a write that landed.
            throw;
        }
        if (entered)
        {
            try
            {
                if (_disposed && pending.TryAbandon()) throw new ObjectDisposedException(nameof(SqliteStorage));
                // Another writer that held the gate may have committed this batch with its own; if not, it is in the queue.
                while (pending.Waiting) CommitQueued();
            }
            finally
            {
                _writeGate.Release();
            }
        }
        StoreJson.StampWritten(changes, await pending.Done.Task);
    }

    // Commits every batch waiting, in one transaction: under load the writes of several turns share one commit, and a
    // commit is most of a write's cost. Each batch is still all or nothing and checks its own ETags (a savepoint each).
    private void CommitQueued()
    {
        var group = new List<PendingWrite>();
        while (group.Count < MaxGroup && _queued.TryDequeue(out var next))
        {
            if (next.TryClaim()) group.Add(next);
        }
        if (group.Count == 0) return;
        try
        {
            var results = Use(writer => writer.WriteGroup(group.Select(g => g.Rows).ToList()));
            for (var i = 0; i < group.Count; i++)
            {
                if (results[i].Conflict is { } key) group[i].Done.TrySetException(new StorageConflictException(key));
                else group[i].Done.TrySetResult(results[i].ETags!);
            }
        }
        catch (Exception e)
        {
            foreach (var g in group) g.Done.TrySetException(e);
        }
        _writesSinceCheckpoint += group.Count;
        if (_writesSinceCheckpoint >= WritesPerCheckpoint)
        {
            _writesSinceCheckpoint = 0;
            _writer?.TryCheckpoint();
        }
    }

    private const int MaxGroup = 64;

    private readonly ConcurrentQueue<PendingWrite> _queued = new();

    // One caller's batch in the queue: waiting, then either taken into a commit or given up by its caller, never both.
    private sealed class PendingWrite(IReadOnlyList<(string Key, string Json, string? Expected)> rows)
    {
        private const int Waits = 0, Taken = 1, Abandoned = 2;
        private int _state;

        public IReadOnlyList<(string Key, string Json, string? Expected)> Rows { get; } = rows;

        public TaskCompletionSource<string[]> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool Waiting => Volatile.Read(ref _state) == Waits;

        public bool TryClaim() => Interlocked.CompareExchange(ref _state, Taken, Waits) == Waits;

        public bool TryAbandon() => Interlocked.CompareExchange(ref _state, Abandoned, Waits) == Waits;
    }

    /// <inheritdoc />
    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            Use(writer =>
            {
                writer.Delete(keys);
                return true;
            });
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _writeGate.Wait();
        try
        {
            if (_disposed) return;
            _disposed = true;
            _writer?.Dispose();
            while (_readers.TryTake(out var reader)) reader.Dispose();
        }
        finally
        {
            _writeGate.Release();
        }
    }

    // Runs on the write connection (under the write gate), opening it if an earlier failure closed it. A file that
    // was deleted under an open connection would take writes that vanish at the next start, so it is refused.
    private T Use<T>(Func<Writer, T> write)
    {
        if (_opened && !File.Exists(_path))
        {
            _writer?.Dispose();
            _writer = null;
            throw new IOException($"The database file {_path} is missing.");
        }
        try
        {
            _writer ??= new Writer(_connectionString);
            _opened = true;
            var result = write(_writer);
            _problem = null;
            return result;
        }
        catch (SqliteException e)
        {
            _problem = $"The database {_path} cannot be written: {e.Message}";
            _writer?.Dispose();
            _writer = null;
            throw;
        }
    }

    private static SqliteConnection Open(string connectionString)
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        return connection;
    }

    private static SqliteCommand Prepare(SqliteConnection connection, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters) command.Parameters.Add(new SqliteParameter { ParameterName = name });
        command.Prepare();
        return command;
    }

    /// <summary>One read connection with its statement prepared once.</summary>
    private sealed class Reader : IDisposable
    {
        private readonly SqliteConnection _connection;
        private readonly SqliteCommand _select;

        public Reader(string connectionString)
        {
            _connection = Open(connectionString);
            _select = Prepare(_connection, "SELECT etag, json FROM state WHERE key = $key", "$key");
        }

        public (string ETag, string Json)? Find(string key)
        {
            _select.Parameters[0].Value = key;
            using var row = _select.ExecuteReader();
            return row.Read() ? (row.GetInt64(0).ToString(CultureInfo.InvariantCulture), row.GetString(1)) : null;
        }

        public void Dispose()
        {
            _select.Dispose();
            _connection.Dispose();
        }
    }

    /// <summary>The one write connection: SQLite lets one writer in at a time anyway.</summary>
    private sealed class Writer : IDisposable
    {
        private readonly SqliteConnection _connection;
        private readonly SqliteCommand _upsert;
        private readonly SqliteCommand _update;
        private readonly SqliteCommand _delete;
        private readonly SqliteCommand _begin;
        private readonly SqliteCommand _commit;
        private readonly SqliteCommand _rollback;

        public Writer(string connectionString)
        {
            _connection = Open(connectionString);
            try
            {
                using var setup = _connection.CreateCommand();
                // WAL lets readers go on while a turn writes. synchronous=NORMAL in WAL mode still keeps every
                // committed turn when the process is killed; only a power cut can lose the last few, and it saves
                // an fsync per turn, which is most of a write's time.
                setup.CommandText = """
                    PRAGMA journal_mode=WAL;
                    PRAGMA synchronous=NORMAL;
                    PRAGMA journal_size_limit=4194304;
                    CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY, etag INTEGER NOT NULL, json TEXT NOT NULL);
                    """;
                setup.ExecuteNonQuery();
            }
            catch
            {
                _connection.Dispose();
                throw;
            }
            _upsert = Prepare(_connection, "INSERT INTO state (key, etag, json) VALUES ($key, $etag, $json) ON CONFLICT(key) DO UPDATE SET etag = $etag, json = $json", "$key", "$etag", "$json");
            _update = Prepare(_connection, "UPDATE state SET etag = $etag, json = $json WHERE key = $key AND etag = $expected", "$key", "$etag", "$json", "$expected");
            _delete = Prepare(_connection, "DELETE FROM state WHERE key = $key", "$key");
            _begin = Prepare(_connection, "BEGIN IMMEDIATE");
            _commit = Prepare(_connection, "COMMIT");
            _rollback = Prepare(_connection, "ROLLBACK");
        }

        public (string[]? ETags, string? Conflict)[] WriteGroup(IReadOnlyList<IReadOnlyList<(string Key, string Json, string? Expected)>> batches)
        {
            var results = new (string[]? ETags, string? Conflict)[batches.Count];
            // IMMEDIATE: take the write lock up front, so two processes on one file never deadlock upgrading. The
            // transaction statements are prepared once: parsing them again for every commit cost as much as a write.
            _begin.ExecuteNonQuery();
            try
            {
                for (var b = 0; b < batches.Count; b++) results[b] = WriteBatch(batches[b], b);
                _commit.ExecuteNonQuery();
            }
            catch
            {
                if (SQLitePCL.raw.sqlite3_get_autocommit(_connection.Handle) == 0) _rollback.ExecuteNonQuery();
                throw;
            }
            return results;
        }

        // A batch of one row needs no savepoint: a stale ETag changes nothing, so there is nothing to undo. A batch of
        // several is all or nothing, and a stale ETag undoes only its own batch; the others in the commit stand.
        private (string[]? ETags, string? Conflict) WriteBatch(IReadOnlyList<(string Key, string Json, string? Expected)> batch, int index)
        {
            var savepoint = batch.Count > 1 ? "b" + index.ToString(CultureInfo.InvariantCulture) : null;
            if (savepoint is not null) Execute($"SAVEPOINT {savepoint}");
            var etags = new string[batch.Count];
            string? conflict = null;
            var i = 0;
            foreach (var (key, json, expected) in batch)
            {
                var command = expected is null ? _upsert : _update;
                command.Parameters["$key"].Value = key;
                // A random ETag, not a counter: a key deleted and written again must not repeat an old ETag.
                var etag = Random.Shared.NextInt64(1, long.MaxValue);
                etags[i++] = etag.ToString(CultureInfo.InvariantCulture);
                command.Parameters["$etag"].Value = etag;
                command.Parameters["$json"].Value = json;
                if (expected is not null)
                {
                    command.Parameters["$expected"].Value = long.TryParse(expected, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1L;
                }
                if (command.ExecuteNonQuery() == 0)
                {
                    conflict = key;
                    break;
                }
            }
            if (savepoint is not null)
            {
                if (conflict is not null) Execute($"ROLLBACK TO {savepoint}");
                Execute($"RELEASE {savepoint}");
            }
            return conflict is null ? (etags, null) : (null, conflict);
        }

        private void Execute(string sql)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }

        // TRUNCATE waits (up to the busy timeout) for readers to leave the WAL, then cuts it to nothing. Readers of
        // a busy host always hold some snapshot, so the automatic checkpoint alone never lets the file shrink.
        // The write before it is committed whatever happens here; a checkpoint that cannot finish now is tried again later.
        public void TryCheckpoint()
        {
            try
            {
                Execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
            catch (SqliteException)
            {
            }
        }

        public void Delete(string[] keys)
        {
            using var transaction = _connection.BeginTransaction(deferred: false);
            _delete.Transaction = transaction;
            foreach (var key in keys)
            {
                _delete.Parameters["$key"].Value = key;
                _delete.ExecuteNonQuery();
            }
            transaction.Commit();
        }

        public void Dispose()
        {
            _upsert.Dispose();
            _update.Dispose();
            _delete.Dispose();
            _begin.Dispose();
            _commit.Dispose();
            _rollback.Dispose();
            _connection.Dispose();
        }
    }
}
