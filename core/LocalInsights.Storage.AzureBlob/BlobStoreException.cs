namespace LocalInsights.Storage.AzureBlob;

/// <summary>
/// A request to Azure Blob Storage failed. The message names the operation, container, blob path, HTTP status,
/// error code and request ids, and never contains a connection string, key or token.
/// </summary>
public sealed class BlobStoreException : IOException
{
    public BlobStoreException()
    {
    }

    public BlobStoreException(string message)
        : base(message)
    {
    }

    public BlobStoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Container the request was sent to.</summary>
    public string? Container { get; init; }

    /// <summary>Blob path, or list prefix, of the request, or null for a container request.</summary>
    public string? BlobPath { get; init; }

    /// <summary>HTTP status of the response, or 0 when no response arrived.</summary>
    public int Status { get; init; }

    /// <summary>Value of the <c>x-ms-error-code</c> header, such as <c>AuthorizationFailure</c>.</summary>
    public string? ErrorCode { get; init; }

    /// <summary>Value of the <c>x-ms-request-id</c> header, which the service's logs and support look up.</summary>
    public string? RequestId { get; init; }

    /// <summary>Value of the <c>x-ms-client-request-id</c> header that the client sent.</summary>
    public string? ClientRequestId { get; init; }
}
