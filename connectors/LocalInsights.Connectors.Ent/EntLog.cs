using LocalInsights.Connectors.Ent.OpenEnt;
using LocalInsights.Core.Connectors;
using Microsoft.Extensions.Logging;

namespace LocalInsights.Connectors.Ent;

/// <summary>Log events of the ENT connectors, EventIds 2200-2299. No event carries a person's identifier.</summary>
internal static partial class EntLog
{
    [LoggerMessage(EventId = 2201, Level = LogLevel.Debug, Message = "Read {Rows} rows from {File}")]
    public static partial void FileRead(ILogger logger, long rows, string file);

    [LoggerMessage(EventId = 2202, Level = LogLevel.Debug,
        Message = "Skipped {Count} rows of {File} dated outside the window {Window}")]
    public static partial void RowsOutsideWindow(ILogger logger, long count, string file, PullWindow window);

    [LoggerMessage(EventId = 2205, Level = LogLevel.Debug,
        Message = "Read {Rows} rows from {File}, an Open ENT NG statistics export of kind {Kind}")]
    public static partial void StatisticsFileRead(ILogger logger, long rows, string file, OpenEntExportKind kind);

    [LoggerMessage(EventId = 2210, Level = LogLevel.Information,
        Message = "File {File} is a device-type export: its {Rows} rows are counted but not stored")]
    public static partial void DeviceTypeExportSkipped(ILogger logger, string file, long rows);

    [LoggerMessage(EventId = 2220, Level = LogLevel.Information,
        Message = "File {File} has no column {Column}; each row counts as one connection")]
    public static partial void ConnectionsColumnMissing(ILogger logger, string file, string column);
}
