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

    [LoggerMessage(EventId = 2106, Level = LogLevel.Debug,
        Message = "Skipped {File}: the date {SnapshotDate:yyyy-MM-dd} in its name is outside the pull window {Window}")]
    public static partial void FileOutsideWindow(ILogger logger, string file, DateOnly snapshotDate, string window);

    public static void FilesOutsideWindow(ILogger logger, long count, string window) =>
        FilesOutsideWindow(logger, count, count == 1 ? "file" : "files", window);

    public static void RowsOfNewerSnapshots(ILogger logger, long count) =>
        RowsOfNewerSnapshots(logger, count, count == 1 ? "row" : "rows");

    public static void FileRead(ILogger logger, long rows, string file) =>
        FileRead(logger, rows, rows == 1 ? "row" : "rows", file);

    public static void DuplicateDevices(ILogger logger, long count) =>
        DuplicateDevices(logger, count, count == 1 ? "row" : "rows");

    public static void UnmappedDevices(ILogger logger, long count, string reason) =>
        UnmappedDevices(logger, count, count == 1 ? "device" : "devices", reason);

    public static void IdentifiedByName(ILogger logger, long count, string file) =>
        IdentifiedByName(logger, count, count == 1 ? "row" : "rows", file);

    public static void CheckedInAfterSnapshot(ILogger logger, long count, string file, DateOnly snapshotDate) =>
        CheckedInAfterSnapshot(logger, count, count == 1 ? "row" : "rows", file, snapshotDate);

    public static void DevicesWritten(
        ILogger logger, long devices, DateOnly snapshotDate, long mapped, long unmapped) =>
        DevicesWritten(logger, devices, devices == 1 ? "device" : "devices", snapshotDate, mapped, unmapped);

    public static void DevicesWritten(ILogger logger, long devices, DateOnly oldestSnapshot,
        DateOnly newestSnapshot, long mapped, long unmapped) =>
        DevicesWrittenOverDays(logger, devices, devices == 1 ? "device" : "devices", oldestSnapshot, newestSnapshot,
            mapped, unmapped);

    [LoggerMessage(EventId = 2101, Level = LogLevel.Debug, Message = "Read {Rows} {RowNoun} from {File}")]
    private static partial void FileRead(ILogger logger, long rows, string rowNoun, string file);

    [LoggerMessage(EventId = 2105, Level = LogLevel.Information,
        Message = "Skipped {Count} {FileNoun} whose file-name date is outside the pull window {Window}")]
    private static partial void FilesOutsideWindow(ILogger logger, long count, string fileNoun, string window);

    [LoggerMessage(EventId = 2124, Level = LogLevel.Information,
        Message = "Identified the devices of {Count} {RowNoun} of {File} by their name, because their serial number, "
            + "used as the device id, is empty or a placeholder such as 'To be filled by O.E.M.'")]
    private static partial void IdentifiedByName(ILogger logger, long count, string rowNoun, string file);

    [LoggerMessage(EventId = 2120, Level = LogLevel.Warning,
        Message = "Dropped {Count} duplicate {RowNoun}: of each device read more than once, the row with the "
            + "latest check-in was kept")]
    private static partial void DuplicateDevices(ILogger logger, long count, string rowNoun);

    [LoggerMessage(EventId = 2121, Level = LogLevel.Warning,
        Message = "Wrote {Count} {DeviceNoun} without an establishment: {Reason}")]
    private static partial void UnmappedDevices(ILogger logger, long count, string deviceNoun, string reason);

    [LoggerMessage(EventId = 2122, Level = LogLevel.Warning,
        Message = "Rejected {Count} {RowNoun} of {File} that checked in more than a day after the snapshot date "
            + "{SnapshotDate:yyyy-MM-dd}")]
    private static partial void CheckedInAfterSnapshot(
        ILogger logger, long count, string rowNoun, string file, DateOnly snapshotDate);

    [LoggerMessage(EventId = 2123, Level = LogLevel.Information,
        Message = "Skipped {Count} {RowNoun} of devices already read from a newer snapshot")]
    private static partial void RowsOfNewerSnapshots(ILogger logger, long count, string rowNoun);

    [LoggerMessage(EventId = 2130, Level = LogLevel.Information,
        Message = "Wrote {Devices} {DeviceNoun} for {SnapshotDate:yyyy-MM-dd}: {Mapped} mapped, {Unmapped} unmapped")]
    private static partial void DevicesWritten(
        ILogger logger, long devices, string deviceNoun, DateOnly snapshotDate, long mapped, long unmapped);

    [LoggerMessage(EventId = 2131, Level = LogLevel.Information,
        Message = "Wrote {Devices} {DeviceNoun} from the snapshots of {OldestSnapshot:yyyy-MM-dd} to "
            + "{NewestSnapshot:yyyy-MM-dd}: {Mapped} mapped, {Unmapped} unmapped")]
    private static partial void DevicesWrittenOverDays(ILogger logger, long devices, string deviceNoun,
        DateOnly oldestSnapshot, DateOnly newestSnapshot, long mapped, long unmapped);
}
