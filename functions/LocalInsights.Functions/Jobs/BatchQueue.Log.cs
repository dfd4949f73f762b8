using Microsoft.Extensions.Logging;

namespace LocalInsights.Functions.Jobs;

/// <summary>Log events of batch queueing, EventIds 4040-4044.</summary>
public sealed partial class BatchQueue
{
    private static partial class Log
    {
        [LoggerMessage(EventId = 4040, Level = LogLevel.Information,
            Message = "Queued batch {BatchId} of {Environment} for {Month}: {PullCount} pulls, trigger {Trigger}")]
        public static partial void BatchQueued(
            ILogger logger, string batchId, string environment, string month, int pullCount, string trigger);

        [LoggerMessage(EventId = 4041, Level = LogLevel.Information,
            Message = "Queued aggregation {RunId} of {Environment} for {Month} after batch {BatchId}: "
                + "{Succeeded} pulls succeeded, {Failed} failed")]
        public static partial void AggregationQueued(ILogger logger, string runId, string environment, string month,
            string batchId, int succeeded, int failed);

        [LoggerMessage(EventId = 4042, Level = LogLevel.Error,
            Message = "Queueing run {RunId} of {Environment} failed with HTTP {Status} {ErrorCode}")]
        public static partial void SendFailed(ILogger logger, Exception exception, string runId, string environment,
            int status, string? errorCode);
    }
}
