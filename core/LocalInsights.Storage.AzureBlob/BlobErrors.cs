using Azure;
using Azure.Storage.Blobs.Models;

namespace LocalInsights.Storage.AzureBlob;

/// <summary>Turns Azure SDK failures into <see cref="BlobStoreException"/> messages, in one place.</summary>
internal static class BlobErrors
{
    public static bool IsNotFound(RequestFailedException exception) =>
        exception.Status == 404
        && (exception.ErrorCode == BlobErrorCode.BlobNotFound
            || exception.ErrorCode == BlobErrorCode.ContainerNotFound);

    /// <summary>
    /// Tells whether <paramref name="exception"/> is a failed request: one <see cref="RequestFailedException"/>,
    /// or the <see cref="AggregateException"/> that the SDK throws when every retry failed.
    /// </summary>
    public static bool IsServiceFailure(Exception exception) =>
        exception is RequestFailedException
        || (exception is AggregateException aggregate
            && aggregate.InnerExceptions.Count > 0
            && aggregate.InnerExceptions.All(inner => inner is RequestFailedException));

    /// <summary>
    /// Builds the exception for a failed <paramref name="operation"/>, a verb such as <c>read</c>, from the last
    /// failed request. The SDK message is kept only as the inner exception.
    /// </summary>
    public static BlobStoreException Failed(Exception exception, string operation, string container, string? blobPath)
    {
        var failure = LastRequestFailure(exception);
        var response = failure?.GetRawResponse();
        var status = failure?.Status ?? 0;
        var errorCode = failure?.ErrorCode;
        var requestId = response?.Headers.RequestId;
        var clientRequestId = response?.ClientRequestId;

        var target = blobPath is null ? $"container '{container}'" : $"'{blobPath}' in container '{container}'";
        var outcome = status == 0
            ? $"got no response ({failure?.Message ?? exception.Message})"
            : $"returned HTTP {status} {errorCode ?? "(no error code)"}";
        var ids = response is null
            ? string.Empty
            : $" (x-ms-request-id {requestId ?? "none"}, x-ms-client-request-id {clientRequestId ?? "none"})";
        var message = $"Azure Blob Storage request to {operation} {target} {outcome}{ids}. " + Hint(status, errorCode);

        return new BlobStoreException(message, exception)
        {
            Container = container,
            BlobPath = blobPath,
            Status = status,
            ErrorCode = errorCode,
            RequestId = requestId,
            ClientRequestId = clientRequestId,
        };
    }

    private static RequestFailedException? LastRequestFailure(Exception exception) => exception switch
    {
        RequestFailedException failure => failure,
        AggregateException aggregate => aggregate.InnerExceptions.OfType<RequestFailedException>().LastOrDefault(),
        _ => null,
    };

    private static string Hint(int status, string? errorCode)
    {
        if (errorCode == BlobErrorCode.InvalidBlockList)
        {
            return "Another writer committed the same blob while this one was staging blocks. Run again.";
        }

        return status switch
        {
            0 => "Check that the blob endpoint of the connection string or ServiceUri is reachable from here.",
            401 or 403 => "Check the account key or SAS in the connection string, or give the identity used with "
                + "ServiceUri the Storage Blob Data Contributor role on the container.",
            404 => "Check the account and the container name (LocalInsights:Storage:Container).",
            409 or 412 => "Another client changed the blob or has a lease on it. Run again once it is done.",
            408 or 429 or >= 500 => "The service was busy or unavailable after the SDK's retries. Run again later.",
            _ => "Look up the request id in the storage account's diagnostic logs.",
        };
    }
}
