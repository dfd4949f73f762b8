using Microsoft.Extensions.Logging;

namespace LocalInsights.Connectors.DeviceExports;

/// <summary>Log events of the device export connectors, EventIds 2100-2199.</summary>
/// <remarks>
/// Templates are constant, so each count comes with a noun hole that contains its singular or plural form.
/// </remarks>
internal static partial class DeviceExportsLog
{
    [LoggerMessage(EventId = 2103, Level = LogLevel.Information,
        Message = "File {File} has no column {Column}; the device id is read from column {Fallback}")]
    public static partial void DeviceIdFallback(ILogger logger, string file, string column, string fallback);

    [LoggerMessage(EventId = 2104, Level = LogLevel.Warning,
        Message = "File {File} has no column {Column}; that device field stays empty")]
    public static partial void OptionalColumnMissing(ILogger logger, string file, string column);

    public static void FileRead(ILogger logger, long rows, string file) =>
        FileRead(logger, rows, rows == 1 ? "row" : "rows", file);

    public static void DuplicateDevices(ILogger logger, long count) =>
        DuplicateDevices(logger, count, count == 1 ? "row" : "rows");

    public static void UnmappedDevices(ILogger logger, long count, string reason) =>
        UnmappedDevices(logger, count, count == 1 ? "device" : "devices", reason);

    public static void CheckedInAfterSnapshot(ILogger logger, long count, string file, DateOnly snapshotDate) =>
        CheckedInAfterSnapshot(logger, count, count == 1 ? "row" : "rows", file, snapshotDate);

    public static void DevicesWritten(
        ILogger logger, long devices, DateOnly snapshotDate, long mapped, long unmapped) =>
        DevicesWritten(logger, devices, devices == 1 ? "device" : "devices", snapshotDate, mapped, unmapped);

    [LoggerMessage(EventId = 2101, Level = LogLevel.Debug, Message = "Read {Rows} {RowNoun} from {File}")]
    private static partial void FileRead(ILogger logger, long rows, string rowNoun, string file);

    [LoggerMessage(EventId = 2120, Level = LogLevel.Warning,
        Message = "Dropped {Count} duplicate {RowNoun}: of each device read more than once, the row with the "
            + "latest check-in was kept")]
    private static partial void DuplicateDevices(ILogger logger, long count, string rowNoun);

    [LoggerMessage(EventId = 2121, Level = LogLevel.Warning,
        Message = "Wrote {Count} {DeviceNoun} without an establishment: {Reason}")]
    private static partial void UnmappedDevices(ILogger logger, long count, string deviceNoun, string reason);

    [LoggerMessage(EventId = 2122, Level = LogLevel.Warning,
        Message = "Rejected {Count} {RowNoun} of {File} that checked in more than a day after the snapshot date "
            + "{SnapshotDate}")]
    private static partial void CheckedInAfterSnapshot(
        ILogger logger, long count, string rowNoun, string file, DateOnly snapshotDate);

    [LoggerMessage(EventId = 2130, Level = LogLevel.Information,
        Message = "Wrote {Devices} {DeviceNoun} for {SnapshotDate}: {Mapped} mapped, {Unmapped} unmapped")]
    private static partial void DevicesWritten(
        ILogger logger, long devices, string deviceNoun, DateOnly snapshotDate, long mapped, long unmapped);
}
