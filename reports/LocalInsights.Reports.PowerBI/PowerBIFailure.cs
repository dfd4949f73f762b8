namespace LocalInsights.Reports.PowerBI;

/// <summary>
/// A failed Power BI request: what was sent, the status code and request id the service returned, and its error.
/// </summary>
/// <param name="Operation">Operation id in the REST API description, such as <c>Datasets_PostRowsInGroup</c>.</param>
/// <param name="Request">Method and path, such as <c>POST /v1.0/myorg/groups/…/tables/devices/rows</c>.</param>
/// <param name="StatusCode">HTTP status code, or null when no response arrived (timeout or network error).</param>
/// <param name="RequestId">The service's request id (header <c>RequestId</c>), to quote to Microsoft support.</param>
/// <param name="ErrorCode">Error code from the response body, such as <c>ItemNotFound</c>.</param>
/// <param name="Detail">Error message from the response body, or the reason no response arrived.</param>
public sealed record PowerBIFailure(
    string Operation,
    string Request,
    int? StatusCode,
    string? RequestId,
    string? ErrorCode,
    string Detail);
