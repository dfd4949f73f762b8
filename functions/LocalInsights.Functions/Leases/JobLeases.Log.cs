using Microsoft.Extensions.Logging;

namespace LocalInsights.Functions.Leases;

/// <summary>Log events of the overlap guard, EventIds 4035-4039.</summary>
public sealed partial class JobLeases
{
    private static partial class Log
    {
        [LoggerMessage(EventId = 4035, Level = LogLevel.Debug, Message = "Run {RunId} acquired lease {Lease}")]
        public static partial void LeaseAcquired(ILogger logger, string lease, string runId);

        [LoggerMessage(EventId = 4036, Level = LogLevel.Warning,
            Message = "Run {RunId} did not start: run {HolderRunId} holds lease {Lease}")]
        public static partial void LeaseHeld(ILogger logger, string lease, string runId, string holderRunId);

        [LoggerMessage(EventId = 4037, Level = LogLevel.Warning,
            Message = "Broke lease {Lease} of run {HolderRunId}, held since {HeldSince} for longer than {StaleAfter}")]
        public static partial void StaleLeaseBroken(
            ILogger logger, string lease, string holderRunId, DateTimeOffset heldSince, TimeSpan staleAfter);
    }
}
