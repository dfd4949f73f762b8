using Microsoft.Extensions.Logging;

namespace LocalInsights.Hosting.History;

/// <summary>Log events of the run history table, EventIds 4000-4009.</summary>
public sealed partial class RunHistoryTable
{
    private static partial class Log
    {
        [LoggerMessage(EventId = 4001, Level = LogLevel.Warning,
            Message = "Run {RunId} was already counted in batch {BatchId} of {Environment}; counted once")]
        public static partial void BatchResultRepeated(
            ILogger logger, string runId, string batchId, string environment);

        [LoggerMessage(EventId = 4002, Level = LogLevel.Debug,
            Message = "Batch {BatchId} of {Environment} changed while being updated, attempt {Attempt}; "
                + "reading it again")]
        public static partial void BatchUpdateConflict(ILogger logger, string batchId, string environment, int attempt);
    }
}
