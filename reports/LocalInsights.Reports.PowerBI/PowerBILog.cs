using LocalInsights.Reports.PowerBI.Configuration;
using Microsoft.Extensions.Logging;

namespace LocalInsights.Reports.PowerBI;

/// <summary>Log events of the Power BI publisher, EventIds 3100-3199.</summary>
internal static partial class PowerBILog
{
    [LoggerMessage(EventId = 3100, Level = LogLevel.Information,
        Message = "Publishing {Environment} {Month} to Power BI in {Mode} mode, workspace {WorkspaceId}")]
    public static partial void PublicationStarted(
        ILogger logger, string environment, string month, PowerBIMode mode, Guid workspaceId);

    [LoggerMessage(EventId = 3101, Level = LogLevel.Information,
        Message = "Published {Rows} rows in {Tables} tables to push dataset {DatasetId} in {ElapsedMs} ms")]
    public static partial void PushPublished(ILogger logger, long rows, int tables, string datasetId, long elapsedMs);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Information,
        Message = "Dry run for {Environment}: wrote {Requests} Power BI requests to {Folder}; nothing was sent")]
    public static partial void DryRunWritten(ILogger logger, string environment, int requests, string folder);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Error,
        Message = "Sent nothing to Power BI for {Environment}: {Count} problems in the facts, first: {FirstProblem}")]
    public static partial void PublicationRejected(ILogger logger, string environment, int count, string firstProblem);

    [LoggerMessage(EventId = 3104, Level = LogLevel.Error,
        Message = "Power BI publication of {Environment} failed: {Operation} status {StatusCode}, " +
            "request id {RequestId}: {Detail}")]
    public static partial void PublicationFailed(ILogger logger, string environment, string operation,
        int? statusCode, string? requestId, string detail);

    [LoggerMessage(EventId = 3105, Level = LogLevel.Warning,
        Message = "Sending {Count} values adjusted for Power BI in {Environment}: strings cut to 4,000 characters, " +
            "other invalid values empty")]
    public static partial void ValuesAdjusted(ILogger logger, int count, string environment);

    [LoggerMessage(EventId = 3110, Level = LogLevel.Information,
        Message = "Created push dataset {DatasetName} ({DatasetId}) with {Tables} tables in workspace {WorkspaceId}")]
    public static partial void DatasetCreated(
        ILogger logger, string datasetName, string datasetId, int tables, Guid workspaceId);

    [LoggerMessage(EventId = 3111, Level = LogLevel.Information,
        Message = "Updated the schema of table {Table} in dataset {DatasetId}: {Columns} columns")]
    public static partial void TableSchemaUpdated(ILogger logger, string table, string datasetId, int columns);

    [LoggerMessage(EventId = 3112, Level = LogLevel.Information,
        Message = "Replaced the rows of table {Table}: {Rows} rows in {Requests} requests")]
    public static partial void TableReplaced(ILogger logger, string table, int rows, int requests);

    [LoggerMessage(EventId = 3113, Level = LogLevel.Debug,
        Message = "Posted rows {FirstRow} to {LastRow} of table {Table}")]
    public static partial void BatchPosted(ILogger logger, int firstRow, int lastRow, string table);

    [LoggerMessage(EventId = 3114, Level = LogLevel.Warning,
        Message = "Reloading table {Table} from its first row, attempt {Attempt}: a POST rows request may have " +
            "been applied although it failed ({StatusCode}, request id {RequestId}): {Detail}")]
    public static partial void TableRestarted(ILogger logger, string table, int attempt, int? statusCode,
        string? requestId, string detail);

    [LoggerMessage(EventId = 3120, Level = LogLevel.Debug,
        Message = "Waiting {WaitMs} ms before the next POST rows request to {Table}: limit of {Limit}")]
    public static partial void PacerWaiting(ILogger logger, string table, long waitMs, string limit);

    [LoggerMessage(EventId = 3121, Level = LogLevel.Warning,
        Message = "Power BI throttled a POST rows request to {Table} (request id {RequestId}); pausing the dataset " +
            "for {RetryAfterSeconds} s")]
    public static partial void Throttled(ILogger logger, string table, string? requestId, double retryAfterSeconds);

    [LoggerMessage(EventId = 3130, Level = LogLevel.Information,
        Message = "Started a refresh of dataset {DatasetId} in workspace {WorkspaceId}, request id {RequestId}")]
    public static partial void RefreshStarted(ILogger logger, string datasetId, Guid workspaceId, string? requestId);

    [LoggerMessage(EventId = 3131, Level = LogLevel.Debug,
        Message = "Refresh of dataset {DatasetId} is {Status}")]
    public static partial void RefreshPolled(ILogger logger, string datasetId, string status);

    [LoggerMessage(EventId = 3132, Level = LogLevel.Information,
        Message = "Refresh of dataset {DatasetId} ended {Status}")]
    public static partial void RefreshEnded(ILogger logger, string datasetId, string status);

    [LoggerMessage(EventId = 3133, Level = LogLevel.Warning,
        Message = "Did not start a refresh of dataset {DatasetId}: {Count} refreshes in the last 24 hours reach " +
            "the limit of {Limit}")]
    public static partial void RefreshQuotaExhausted(ILogger logger, string datasetId, int count, int limit);
}
