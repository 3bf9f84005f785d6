using Microsoft.Bot.Builder;
using Microsoft.Data.Sqlite;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace SeatedRelease.Bot.Hosting;

/// <summary>
/// Bot state in a SQLite file, so that positions, pace preferences and safety history survive a restart
/// without any cloud service. Values are stored as plain JSON (no type names); the bot's state accessors
/// convert them back to their types.
/// </summary>
public sealed class SqliteStorage : IStorage, IDisposable
{
    private readonly string _connectionString;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.None });

    /// <summary>Opens (and creates if needed) the database file.</summary>
    public SqliteStorage(string path)
    {
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = true }.ToString();
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL; CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY, etag INTEGER NOT NULL, json TEXT NOT NULL);";
        command.ExecuteNonQuery();
    }

    /// <inheritdoc />
    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        var result = new Dictionary<string, object>();
        await using var connection = Open();
        foreach (var key in keys.Distinct())
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT etag, json FROM state WHERE key = $key";
            command.Parameters.AddWithValue("$key", key);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken))
            {
                var value = JObject.Parse(reader.GetString(1));
                value["eTag"] = reader.GetInt64(0).ToString(System.Globalization.CultureInfo.InvariantCulture);
                result[key] = value;
            }
        }
        return result;
    }

    /// <inheritdoc />
    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await using var connection = Open();
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            foreach (var (key, value) in changes)
            {
                var json = JObject.FromObject(value, Serializer);
                var expected = value is IStoreItem { ETag: { Length: > 0 } e } && e != "*" ? e : json.Value<string>("eTag") is { Length: > 0 } j && j != "*" ? j : null;
                json.Remove("eTag");
                await using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = expected is null
                    ? "INSERT INTO state (key, etag, json) VALUES ($key, 1, $json) ON CONFLICT(key) DO UPDATE SET etag = etag + 1, json = $json"
                    : "UPDATE state SET etag = etag + 1, json = $json WHERE key = $key AND etag = $etag";
                command.Parameters.AddWithValue("$key", key);
                command.Parameters.AddWithValue("$json", json.ToString(Formatting.None));
                if (expected is not null) command.Parameters.AddWithValue("$etag", long.TryParse(expected, out var n) ? n : -1);
                if (await command.ExecuteNonQueryAsync(cancellationToken) == 0)
                {
                    throw new InvalidOperationException($"Storage conflict: '{key}' was changed by another turn.");
                }
            }
            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        await using var connection = Open();
        foreach (var key in keys)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM state WHERE key = $key";
            command.Parameters.AddWithValue("$key", key);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _gate.Dispose();

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }
}
