using Azure;
using Azure.Core;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Bot.Builder;

namespace SeatedRelease.Bot.Hosting;

/// <summary>
/// Bot state in Azure Blob Storage (or Azurite): one JSON blob per key, with type names, in one container that
/// is created when missing. A write whose item carries an ETag other than null, empty or "*" succeeds only if
/// the blob still has that ETag; otherwise it throws <see cref="StorageConflictException"/>. An unreachable
/// service surfaces as Azure's own <see cref="RequestFailedException"/>, never as a conflict.
/// </summary>
public sealed class BlobsStorage : IStorage
{
    private readonly BlobContainerClient _container;
    private volatile bool _containerChecked;

    /// <summary>Connects to the container named in <paramref name="containerName"/>; nothing is sent until the first call.</summary>
    public BlobsStorage(string connectionString, string containerName)
        : this(connectionString, containerName, _ => { })
    {
    }

    // For tests that put a fault into the SDK's own pipeline, beneath its retries.
    internal BlobsStorage(string connectionString, string containerName, Action<BlobClientOptions> adjust)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        ArgumentException.ThrowIfNullOrWhiteSpace(containerName);
        var options = ClientOptions();
        adjust(options);
        _container = new BlobContainerClient(connectionString, containerName, options);
    }

    /// <inheritdoc />
    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var distinct = keys.Distinct(StringComparer.Ordinal).ToArray();
        var found = await Task.WhenAll(distinct.Select(key => ReadOneAsync(key, cancellationToken)));
        var result = new Dictionary<string, object>(StringComparer.Ordinal);
        for (var i = 0; i < distinct.Length; i++)
        {
            if (found[i] is { } value) result[distinct[i]] = value;
        }
        return result;
    }

    /// <inheritdoc />
    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (!_containerChecked) await EnsureContainerAsync(cancellationToken);
        await Task.WhenAll(changes.Select(change => WriteOneAsync(change.Key, change.Value, cancellationToken)));
    }

    /// <inheritdoc />
    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        await Task.WhenAll(keys.Distinct(StringComparer.Ordinal).Select(async key =>
        {
            try
            {
                await _container.GetBlobClient(BlobNames.For(key)).DeleteIfExistsAsync(cancellationToken: cancellationToken);
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
                // The container itself is gone: the key is deleted already.
            }
        }));
    }

    private async Task<object?> ReadOneAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            var response = await _container.GetBlobClient(BlobNames.For(key)).DownloadContentAsync(cancellationToken);
            var value = StoreJson.FromUtf8(response.Value.Content.ToMemory().Span);
            return StoreJson.WithETag(value, response.Value.Details.ETag.ToString());
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    private async Task WriteOneAsync(string key, object value, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(value, key);
        var expected = StoreJson.ExpectedETag(value);
        var blob = _container.GetBlobClient(BlobNames.For(key));
        var options = new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" },
            Conditions = expected is null ? null : new BlobRequestConditions { IfMatch = new ETag(expected) },
        };
        var content = BinaryData.FromBytes(StoreJson.ToUtf8(value));
        try
        {
            var written = await UploadAsync(blob, content, options, cancellationToken);
            StoreJson.WithETag(value, written.Value.ETag.ToString());
        }
        catch (RequestFailedException e) when (IsEtagRefusal(e, expected))
        {
            throw new StorageConflictException(key, e);
        }
    }

    private async Task<Response<BlobContentInfo>> UploadAsync(BlobClient blob, BinaryData content, BlobUploadOptions options, CancellationToken cancellationToken)
    {
        try
        {
            return await blob.UploadAsync(content, options, cancellationToken);
        }
        catch (RequestFailedException e) when (e.ErrorCode == BlobErrorCode.ContainerNotFound)
        {
            // Someone deleted the container (or an in-memory Azurite restarted): make it again, once.
            _containerChecked = false;
            await EnsureContainerAsync(cancellationToken);
            return await blob.UploadAsync(content, options, cancellationToken);
        }
    }

    // 412 is a stale ETag; a conditional write to a blob that no longer exists is refused as 404 by some
    // services and 412 by others, and is the same conflict: what was read is gone.
    private static bool IsEtagRefusal(RequestFailedException e, string? expected) =>
        expected is not null && (e.Status == 412 || e.Status == 409 || (e.Status == 404 && e.ErrorCode != BlobErrorCode.ContainerNotFound));

    private async Task EnsureContainerAsync(CancellationToken cancellationToken)
    {
        await _container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        _containerChecked = true;
    }

    // A turn waits for its save: a few quick retries, not Azure's default of several seconds of back-off, so an
    // outage is reported to the user promptly (GuardedStorage cuts any call off after its own time limit). A retry of
    // a conditional upload whose first attempt landed is refused with 412: the turn then finds its own activity in
    // the item it reads again, and does not apply itself a second time.
    private static BlobClientOptions ClientOptions()
    {
        var options = new BlobClientOptions();
        options.Retry.Mode = RetryMode.Exponential;
        options.Retry.MaxRetries = 2;
        options.Retry.Delay = TimeSpan.FromMilliseconds(100);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(1);
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(10);
        return options;
    }
}
