using Microsoft.Extensions.Logging;

namespace LocalInsights.Functions.Leases;

/// <summary>Log events of a held lease, EventIds 4030-4034.</summary>
public sealed partial class JobLease
{
    private static partial class Log
    {
        [LoggerMessage(EventId = 4030, Level = LogLevel.Debug, Message = "Released lease {Lease}")]
        public static partial void LeaseReleased(ILogger logger, string lease);

        [LoggerMessage(EventId = 4031, Level = LogLevel.Warning,
            Message = "Lease {Lease} was already gone when released ({ErrorCode}); it expired or was broken as stale")]
        public static partial void LeaseAlreadyGone(ILogger logger, string lease, string? errorCode);

        [LoggerMessage(EventId = 4032, Level = LogLevel.Warning,
            Message = "Renewing lease {Lease} failed with HTTP {Status} {ErrorCode}; the run goes on, and another "
                + "run may start once the lease expires")]
        public static partial void LeaseRenewalFailed(ILogger logger, string lease, int status, string? errorCode);
    }
}
