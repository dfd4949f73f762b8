using Microsoft.Extensions.Logging;

namespace LocalInsights.Storage.AzureBlob;

/// <summary>Log events of the Azure Blob store, EventIds 1300-1399.</summary>
internal static partial class AzureBlobStoreLog
{
    [LoggerMessage(EventId = 1301, Level = LogLevel.Information,
        Message = "Created blob container {Container} at {Location}")]
    public static partial void ContainerCreated(ILogger logger, string container, string location);

    [LoggerMessage(EventId = 1310, Level = LogLevel.Debug,
        Message = "Committed blob {BlobPath} in {Container}: {Bytes} bytes in {Blocks} blocks")]
    public static partial void BlobCommitted(ILogger logger, string blobPath, string container, long bytes, int blocks);
}
