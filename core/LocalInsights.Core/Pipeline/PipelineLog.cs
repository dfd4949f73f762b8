using Microsoft.Extensions.Logging;

namespace LocalInsights.Core.Pipeline;

/// <summary>Log events of the pipeline, EventIds 1200-1299.</summary>
internal static partial class PipelineLog
{
    [LoggerMessage(EventId = 1201, Level = LogLevel.Information,
        Message = "Run {RunId} of environment {Environment} for {Window} started with {ConnectorCount} connectors")]
    public static partial void RunStarted(
        ILogger logger, string environment, string window, string runId, int connectorCount);

    [LoggerMessage(EventId = 1202, Level = LogLevel.Information,
        Message = "Run {RunId} of environment {Environment} for {Window} ended: {Status}")]
    public static partial void RunEnded(ILogger logger, string environment, string window, string runId, string status);

    [LoggerMessage(EventId = 1203, Level = LogLevel.Error, Message = "Step {Step} failed: {Failure}")]
    public static partial void StepFailed(ILogger logger, string step, string failure);

    [LoggerMessage(EventId = 1204, Level = LogLevel.Debug, Message = "Wrote {FileCount} aggregate files to {Location}")]
    public static partial void AggregatesWritten(ILogger logger, int fileCount, string location);
}
