using System.Runtime.CompilerServices;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using LocalInsights.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace LocalInsights.Storage.AzureBlob;

/// <summary>
/// An <see cref="IObjectStore"/> over one Azure Blob Storage container. Storage paths are used as blob names
/// unchanged, and the container is created on the first write when it is missing.
/// </summary>
/// <remarks>
/// A writer stages its data as blocks of the block blob and commits the block list on
/// <see cref="ObjectWriter.CommitAsync"/>, so readers see the previous blob or the new one whole. A writer
/// disposed without a commit leaves only uncommitted blocks, which are never listed or read and which the
/// service discards (after a week at most, or at the next commit of the same blob).
/// NOTE: two writers of the same path at once are not supported. Azure deletes the uncommitted blocks that a
/// commit leaves out, so the later commit fails with InvalidBlockList. Azurite 3.35 lets it succeed instead.
/// </remarks>
public sealed partial class AzureBlobStore : IObjectStore
{
    private readonly BlobContainerClient _container;
    private readonly ILogger _logger;
    private bool _containerReady;

    /// <summary>Creates a store over <paramref name="container"/> without sending any request.</summary>
    public AzureBlobStore(BlobContainerClient container, ILogger<AzureBlobStore>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(container);
        _container = container;
        _logger = logger ?? (ILogger)NullLogger.Instance;

        // A SAS connection string puts the signature in the query string, so the query is left out.
        Location = container.Uri.GetLeftPart(UriPartial.Path);
    }

    /// <summary>The container URI without its query string.</summary>
    public string Location { get; }

    /// <summary>Name of the container that contains every object of this store.</summary>
    public string ContainerName => _container.Name;

    public async ValueTask<ObjectWriter> CreateAsync(string path, CancellationToken cancellationToken)
    {
        BlobNames.Validate(path);
        await EnsureContainerAsync(cancellationToken).ConfigureAwait(false);
        var stream = new BlockStagingStream(_container.GetBlockBlobClient(path), _container.Name, path);
        return new BlockBlobWriter(stream, _container.Name, _logger);
    }

    public async ValueTask<Stream?> OpenReadAsync(string path, CancellationToken cancellationToken)
    {
        BlobNames.Validate(path);
        var blob = _container.GetBlobClient(path);
        try
        {
            // One GET serves the whole blob. If the connection drops, the SDK resumes with If-Match on the
            // ETag of the first response, so a replaced blob fails the read instead of mixing two versions.
            // NOTE: that a GET in progress keeps serving the old blob after a commit is tested on Azurite only.
            var response = await blob.DownloadStreamingAsync(cancellationToken: cancellationToken)
                .ConfigureAwait(false);
            return new BlobReadStream(response.Value.Content, _container.Name, path);
        }
        catch (RequestFailedException exception) when (BlobErrors.IsNotFound(exception))
        {
            return null;
        }
        catch (Exception exception) when (BlobErrors.IsServiceFailure(exception))
        {
            throw BlobErrors.Failed(exception, "read", _container.Name, path);
        }
    }

    public async IAsyncEnumerable<StoredObject> ListAsync(
        string prefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        var found = await ListCommittedAsync(prefix, cancellationToken).ConfigureAwait(false);

        // The service lists names in UTF-8 byte order, which differs from ordinal UTF-16 order for characters
        // above U+FFFF, so the list is sorted here to keep the contract of IObjectStore.
        found.Sort((left, right) => string.CompareOrdinal(left.Path, right.Path));
        foreach (var item in found)
        {
            yield return item;
        }
    }

    public async ValueTask<bool> DeleteAsync(string path, CancellationToken cancellationToken)
    {
        BlobNames.Validate(path);
        var blob = _container.GetBlobClient(path);
        try
        {
            await blob.DeleteAsync(DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: cancellationToken)
                .ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException exception) when (BlobErrors.IsNotFound(exception))
        {
            return false;
        }
        catch (Exception exception) when (BlobErrors.IsServiceFailure(exception))
        {
            throw BlobErrors.Failed(exception, "delete", _container.Name, path);
        }
    }

    private async Task<List<StoredObject>> ListCommittedAsync(string prefix, CancellationToken cancellationToken)
    {
        var found = new List<StoredObject>();
        var pages = _container.GetBlobsAsync(
            BlobTraits.None, BlobStates.None, prefix.Length == 0 ? null : prefix, cancellationToken);
        try
        {
            await foreach (var item in pages.ConfigureAwait(false))
            {
                var length = item.Properties.ContentLength ?? 0;
                var lastModified = item.Properties.LastModified ?? DateTimeOffset.MinValue;
                found.Add(new StoredObject(item.Name, length, lastModified));
            }
        }
        catch (RequestFailedException exception) when (BlobErrors.IsNotFound(exception))
        {
            // A container that does not exist yet contains no objects.
            found.Clear();
        }
        catch (Exception exception) when (BlobErrors.IsServiceFailure(exception))
        {
            throw BlobErrors.Failed(exception, "list", _container.Name, prefix);
        }

        return found;
    }

    private async Task EnsureContainerAsync(CancellationToken cancellationToken)
    {
        // Concurrent first writes may both send Create Container, which is harmless because the call is idempotent.
        if (Volatile.Read(ref _containerReady))
        {
            return;
        }

        try
        {
            var created = await _container.CreateIfNotExistsAsync(cancellationToken: cancellationToken)
                .ConfigureAwait(false);
            if (created is not null)
            {
                AzureBlobStoreLog.ContainerCreated(_logger, _container.Name, Location);
            }
        }
        catch (Exception exception) when (BlobErrors.IsServiceFailure(exception))
        {
            throw BlobErrors.Failed(exception, "create", _container.Name, blobPath: null);
        }

        Volatile.Write(ref _containerReady, true);
    }
}
