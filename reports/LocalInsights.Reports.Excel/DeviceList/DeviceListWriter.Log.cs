using Microsoft.Extensions.Logging;

namespace LocalInsights.Reports.Excel.DeviceList;

/// <summary>Log events of the device list sheet, EventIds 3040-3059 of the Excel report's range.</summary>
public sealed partial class DeviceListWriter
{
    private static partial class Log
    {
        [LoggerMessage(EventId = 3040, Level = LogLevel.Information,
            Message = "Wrote device list sheet {Sheet}: {Rows} device rows in {ElapsedMs} ms")]
        public static partial void DeviceListWritten(ILogger logger, string sheet, long rows, long elapsedMs);

        [LoggerMessage(EventId = 3041, Level = LogLevel.Warning,
            Message = "Left {Count} devices out of sheet {Sheet} because it reached {MaxRows} rows, the header " +
                "included; export them to another format or split the list")]
        public static partial void RowsNotWritten(ILogger logger, long count, string sheet, int maxRows);

        [LoggerMessage(EventId = 3042, Level = LogLevel.Warning,
            Message = "Left {Count} sentinel dates empty in column {Column} of sheet {Sheet}")]
        public static partial void SentinelDatesEmptied(ILogger logger, int count, string column, string sheet);

        [LoggerMessage(EventId = 3043, Level = LogLevel.Warning,
            Message = "Wrote {Count} dates before 1900 as text in column {Column} of sheet {Sheet}; " +
                "check these values in the source")]
        public static partial void DatesWrittenAsText(ILogger logger, int count, string column, string sheet);

        [LoggerMessage(EventId = 3044, Level = LogLevel.Warning,
            Message = "Removed invalid characters from or truncated {Count} texts in column {Column} of sheet {Sheet}")]
        public static partial void TextsAltered(ILogger logger, int count, string column, string sheet);
    }
}
