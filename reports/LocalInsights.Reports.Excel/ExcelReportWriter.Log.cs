using Microsoft.Extensions.Logging;

namespace LocalInsights.Reports.Excel;

/// <summary>Log events of the Excel report, EventIds 3000-3099.</summary>
public sealed partial class ExcelReportWriter
{
    private static partial class Log
    {
        [LoggerMessage(EventId = 3001, Level = LogLevel.Information,
            Message = "Wrote Excel report for {Environment} {Month}: {Sheets} sheets, {Rows} data rows, " +
                "{Bytes} bytes in {ElapsedMs} ms")]
        public static partial void ReportWritten(
            ILogger logger, string environment, string month, int sheets, int rows, long bytes, long elapsedMs);

        [LoggerMessage(EventId = 3002, Level = LogLevel.Debug,
            Message = "Set {Columns} column widths of sheet {Sheet} from text length, {MinWidth} to {MaxWidth} " +
                "characters, without font measurement (AdjustToContents is not used)")]
        public static partial void ColumnWidthsSet(
            ILogger logger, string sheet, int columns, int minWidth, int maxWidth);

        [LoggerMessage(EventId = 3010, Level = LogLevel.Warning,
            Message = "Left {Count} sentinel dates empty in column {Column} of sheet {Sheet}")]
        public static partial void SentinelDatesEmptied(ILogger logger, int count, string column, string sheet);

        [LoggerMessage(EventId = 3011, Level = LogLevel.Warning,
            Message = "Wrote {Count} dates before 1900 as text in column {Column} of sheet {Sheet}; " +
                "check these values in the source")]
        public static partial void DatesWrittenAsText(ILogger logger, int count, string column, string sheet);

        [LoggerMessage(EventId = 3012, Level = LogLevel.Warning,
            Message = "Removed invalid characters from or truncated {Count} texts in column {Column} of sheet {Sheet}")]
        public static partial void TextsAltered(ILogger logger, int count, string column, string sheet);

        [LoggerMessage(EventId = 3020, Level = LogLevel.Warning,
            Message = "Time zone {TimeZoneId} was not found; dates and times of the report are written in UTC")]
        public static partial void TimeZoneNotFound(ILogger logger, string timeZoneId);
    }
}
