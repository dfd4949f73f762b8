namespace LocalInsights.Reports.PowerBI;

/// <summary>A refresh of an import dataset as the refresh history reports it.</summary>
/// <param name="Status">Completed, Failed, Disabled, or Unknown when it did not end in time.</param>
/// <param name="RequestId">The refresh's request id in the history.</param>
/// <param name="StartTime">Start time reported by the service.</param>
/// <param name="EndTime">End time reported by the service, if it ended.</param>
/// <param name="ServiceExceptionJson">The service's own error detail for a failed refresh, a JSON string.</param>
public sealed record PowerBIRefreshResult(
    string Status,
    string? RequestId,
    DateTimeOffset? StartTime,
    DateTimeOffset? EndTime,
    string? ServiceExceptionJson);
