using Microsoft.Extensions.Logging;

namespace LocalInsights.Core;

/// <summary>Log events of the core library, EventIds 1000-1999.</summary>
internal static partial class CoreLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning, Message = "Rejected {Reject}")]
    public static partial void RowRejected(ILogger logger, string reject);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning,
        Message = "{Connector} rejected {NotLogged} more rows than were logged; "
            + "the rejects file {Path} lists all {Rejected}")]
    public static partial void RejectsNotLogged(
        ILogger logger, string connector, long notLogged, string path, long rejected);

    [LoggerMessage(EventId = 1010, Level = LogLevel.Information,
        Message = "Pull {Connector} for {Window} completed: {Read} read, {Written} written, {Rejected} rejected "
            + "in {ElapsedMs} ms")]
    public static partial void PullCompleted(
        ILogger logger, string connector, string window, long read, long written, long rejected, long elapsedMs);

    [LoggerMessage(EventId = 1011, Level = LogLevel.Error, Message = "Pull {Connector} for {Window} failed: {Failure}")]
    public static partial void PullFailed(ILogger logger, string connector, string window, string failure);

    [LoggerMessage(EventId = 1020, Level = LogLevel.Information,
        Message = "Aggregation for {Window} wrote {Facts} fact rows in {ElapsedMs} ms")]
    public static partial void AggregationCompleted(ILogger logger, string window, long facts, long elapsedMs);

    [LoggerMessage(EventId = 1030, Level = LogLevel.Warning, Message = "Repaired {File} while opening it: {Warning}")]
    public static partial void FileRepaired(ILogger logger, string file, string warning);

    [LoggerMessage(EventId = 1031, Level = LogLevel.Debug,
        Message = "Mapping rule {Rule} loaded with {Entries} entries")]
    public static partial void MappingRuleLoaded(ILogger logger, string rule, int entries);

    [LoggerMessage(EventId = 1032, Level = LogLevel.Warning,
        Message = "Mapping rule {Rule} ignores {Count} serial numbers listed for more than one establishment")]
    public static partial void AmbiguousSerialNumbers(ILogger logger, string rule, int count);
}
