using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace LocalInsights.Functions.Leases;

/// <summary>Creation of the lease container and of the empty blobs that carry the leases.</summary>
public sealed partial class JobLeases
{
    private async Task<BlobClient> EnsureBlobAsync(string name, CancellationToken cancellationToken)
    {
        if (!Volatile.Read(ref _containerReady))
        {
            await _container.Value.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            Volatile.Write(ref _containerReady, true);
        }

        var blob = _container.Value.GetBlobClient(name);
        try
        {
            // If-None-Match: * creates the blob only when it is missing. Azure returns 409 BlobAlreadyExists for an
            // existing blob, or 412 LeaseIdMissing when that blob is leased.
            var conditions = new BlobRequestConditions { IfNoneMatch = ETag.All };
            await blob.UploadAsync(BinaryData.Empty, new BlobUploadOptions { Conditions = conditions },
                cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException exception) when (exception.ErrorCode == BlobErrorCode.BlobAlreadyExists
                                                         || exception.ErrorCode == BlobErrorCode.LeaseIdMissing)
        {
            // The blob exists: that is all this step needs.
        }

        return blob;
    }
}
