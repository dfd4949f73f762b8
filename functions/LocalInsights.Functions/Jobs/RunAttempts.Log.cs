using Microsoft.Extensions.Logging;

namespace LocalInsights.Functions.Jobs;

/// <summary>Log events of run attempts, EventIds 4045-4054.</summary>
public sealed partial class RunAttempts
{
    private static partial class Log
    {
        [LoggerMessage(EventId = 4045, Level = LogLevel.Information,
            Message = "{Kind} run {RunId} of {Environment} ({Connector}) for {Month} started, attempt {Attempt} of "
                + "{MaxAttempts}")]
        public static partial void AttemptStarted(ILogger logger, string runId, string kind, string environment,
            string connector, string month, int attempt, int maxAttempts);

        [LoggerMessage(EventId = 4046, Level = LogLevel.Information,
            Message = "{Kind} run {RunId} of {Environment} ({Connector}) for {Month} succeeded: {Read} read, "
                + "{Written} written, {Rejected} rejected")]
        public static partial void RunSucceeded(ILogger logger, string runId, string kind, string environment,
            string connector, string month, long read, long written, long rejected);

        [LoggerMessage(EventId = 4047, Level = LogLevel.Warning,
            Message = "Run {RunId} of {Environment} failed attempt {Attempt} of {MaxAttempts}; next attempt in "
                + "{DelaySeconds} s: {Failure}")]
        public static partial void AttemptFailed(ILogger logger, string runId, string environment, int attempt,
            int maxAttempts, long delaySeconds, string failure);

        [LoggerMessage(EventId = 4048, Level = LogLevel.Error,
            Message = "Run {RunId} of {Environment} failed its last attempt, {Attempt}, and its message moved to the "
                + "poison queue: {Failure}")]
        public static partial void RunPoisoned(
            ILogger logger, string runId, string environment, int attempt, string failure);

        [LoggerMessage(EventId = 4049, Level = LogLevel.Warning,
            Message = "Skipped a repeated message of run {RunId} of {Environment}, attempt {Attempt}: the run is "
                + "already {Status}")]
        public static partial void RepeatedMessageSkipped(
            ILogger logger, string runId, string environment, int attempt, string status);
    }
}
