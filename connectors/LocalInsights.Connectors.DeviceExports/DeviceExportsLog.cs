using Microsoft.Extensions.Logging;

namespace LocalInsights.Connectors.DeviceExports;

/// <summary>Log events of the device export connectors, EventIds 2100-2199.</summary>
internal static partial class DeviceExportsLog
{
    [LoggerMessage(EventId = 2101, Level = LogLevel.Debug, Message = "Read {Rows} rows from {File}")]
    public static partial void FileRead(ILogger logger, long rows, string file);

    [LoggerMessage(EventId = 2103, Level = LogLevel.Information,
        Message = "File {File} has no column {Column}; the device id is read from column {Fallback}")]
    public static partial void DeviceIdFallback(ILogger logger, string file, string column, string fallback);

    [LoggerMessage(EventId = 2104, Level = LogLevel.Warning,
        Message = "File {File} has no column {Column}; that device field stays empty")]
    public static partial void OptionalColumnMissing(ILogger logger, string file, string column);

    [LoggerMessage(EventId = 2120, Level = LogLevel.Warning,
        Message = "{Count} rows repeat a device already read; the row with the latest check-in was kept")]
    public static partial void DuplicateDevices(ILogger logger, long count);

    [LoggerMessage(EventId = 2121, Level = LogLevel.Warning,
        Message = "{Count} devices have no establishment: {Reason}")]
    public static partial void UnmappedDevices(ILogger logger, long count, string reason);

    [LoggerMessage(EventId = 2130, Level = LogLevel.Information,
        Message = "Wrote {Devices} devices for {SnapshotDate}: {Mapped} mapped, {Unmapped} unmapped")]
    public static partial void DevicesWritten(
        ILogger logger, long devices, DateOnly snapshotDate, long mapped, long unmapped);
}
