using LocalInsights.Core.Storage;
using Microsoft.Extensions.Logging;

namespace LocalInsights.Storage.AzureBlob;

/// <summary>A pending write of one block blob, staged by a <see cref="BlockStagingStream"/>.</summary>
internal sealed class BlockBlobWriter(BlockStagingStream stream, string container, ILogger logger) : ObjectWriter
{
    public override Stream Stream => stream;

    public override async ValueTask CommitAsync(CancellationToken cancellationToken)
    {
        await stream.CommitAsync(cancellationToken).ConfigureAwait(false);
        AzureBlobStoreLog.BlobCommitted(logger, stream.BlobPath, container, stream.BytesWritten, stream.BlockCount);
    }

    protected override ValueTask DisposeAsyncCore() => stream.DisposeAsync();
}
