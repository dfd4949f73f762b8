using Microsoft.Extensions.Logging;

namespace LocalInsights.Functions.Jobs;

/// <summary>Log events of aggregation runs, EventIds 4055-4059.</summary>
public sealed partial class AggregationExecutor
{
    private static partial class Log
    {
        [LoggerMessage(EventId = 4055, Level = LogLevel.Information, Message = "Wrote workbook {Path} to {Location}")]
        public static partial void WorkbookWritten(ILogger logger, string path, string location);

        [LoggerMessage(EventId = 4056, Level = LogLevel.Error,
            Message = "Publisher {Publisher} failed for {Environment} {Month}: {Failure}")]
        public static partial void PublicationFailed(
            ILogger logger, string publisher, string environment, string month, string failure);
    }
}
