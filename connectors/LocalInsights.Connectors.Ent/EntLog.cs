using LocalInsights.Connectors.Ent.OpenEnt;
using LocalInsights.Core.Connectors;
using Microsoft.Extensions.Logging;

namespace LocalInsights.Connectors.Ent;

/// <summary>Log events of the ENT connectors, EventIds 2200-2299. No event carries a person's identifier.</summary>
/// <remarks>
/// Templates are constant, so each count that a noun follows comes with a noun hole that contains its singular
/// or plural form.
/// </remarks>
internal static partial class EntLog
{
    [LoggerMessage(EventId = 2220, Level = LogLevel.Information,
        Message = "File {File} has no column {Column}; each row counts as one connection")]
    public static partial void ConnectionsColumnMissing(ILogger logger, string file, string column);

    public static void FileRead(ILogger logger, long rows, string file) =>
        FileRead(logger, rows, rows == 1 ? "row" : "rows", file);

    public static void RowsOutsideWindow(ILogger logger, long count, string file, PullWindow window) =>
        RowsOutsideWindow(logger, count, count == 1 ? "row" : "rows", file, window);

    public static void StatisticsFileRead(ILogger logger, long rows, string file, OpenEntExportKind kind) =>
        StatisticsFileRead(logger, rows, rows == 1 ? "row" : "rows", file, kind);

    public static void DeviceTypeExportSkipped(ILogger logger, string file, long rows) =>
        DeviceTypeExportSkipped(logger, file, rows, rows == 1 ? "row" : "rows");

    [LoggerMessage(EventId = 2201, Level = LogLevel.Debug, Message = "Read {Rows} {RowNoun} from {File}")]
    private static partial void FileRead(ILogger logger, long rows, string rowNoun, string file);

    // Information, so that --verbose accounts for every row read: written, rejected or outside the month.
    [LoggerMessage(EventId = 2202, Level = LogLevel.Information,
        Message = "Skipped {Count} {RowNoun} of {File} dated outside the window {Window}")]
    private static partial void RowsOutsideWindow(
        ILogger logger, long count, string rowNoun, string file, PullWindow window);

    [LoggerMessage(EventId = 2205, Level = LogLevel.Debug,
        Message = "Read {Rows} {RowNoun} from {File}, an Open ENT NG statistics export of kind {Kind}")]
    private static partial void StatisticsFileRead(
        ILogger logger, long rows, string rowNoun, string file, OpenEntExportKind kind);

    [LoggerMessage(EventId = 2210, Level = LogLevel.Information,
        Message = "File {File} is a device-type export: {Rows} {RowNoun} read and UAI codes checked, nothing "
            + "stored")]
    private static partial void DeviceTypeExportSkipped(ILogger logger, string file, long rows, string rowNoun);
}
