using Microsoft.Extensions.Logging;

namespace LocalInsights.Functions.Jobs;

/// <summary>Log events of the scheduler, EventIds 4060-4064.</summary>
public sealed partial class RunScheduler
{
    private static partial class Log
    {
        [LoggerMessage(EventId = 4060, Level = LogLevel.Error,
            Message = "Schedules of environment {Environment} are invalid and none of them runs: {Problems}")]
        public static partial void SchedulesInvalid(ILogger logger, string environment, string problems);

        [LoggerMessage(EventId = 4061, Level = LogLevel.Error,
            Message = "Queueing the due runs of environment {Environment} failed; the other environments go on")]
        public static partial void EnvironmentFailed(ILogger logger, Exception exception, string environment);

        [LoggerMessage(EventId = 4062, Level = LogLevel.Warning,
            Message = "Merged {Count} earlier due occurrences of {Connector} of {Environment} for {Month} into the "
                + "run of {Occurrence}")]
        public static partial void OccurrencesMerged(ILogger logger, int count, string connector, string environment,
            string month, DateTimeOffset occurrence);
    }
}
