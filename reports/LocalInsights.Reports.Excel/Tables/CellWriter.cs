using System.Globalization;
using ClosedXML.Excel;

namespace LocalInsights.Reports.Excel.Tables;

/// <summary>
/// Writes one typed value into a cell with the number format of its column kind, and returns its display length
/// in characters for <see cref="ColumnWidths"/>.
/// </summary>
internal sealed class CellWriter(TimeZoneInfo timeZone)
{
    private const int DateLength = 10;
    private const int MonthLength = 7;
    private const int DateTimeLength = 16;

    public TimeZoneInfo TimeZone { get; } = timeZone;

    /// <summary>Writes <paramref name="value"/>; null leaves the cell empty and returns 0.</summary>
    public int Write(IXLCell cell, ColumnKind kind, object? value, ColumnIssues issues)
    {
        if (value is null)
        {
            return 0;
        }

        return kind switch
        {
            ColumnKind.Text => WriteText(cell, value, issues),
            ColumnKind.Date or ColumnKind.Month or ColumnKind.DateTime => WriteDate(cell, kind, value, issues),
            _ => WriteNumber(cell, kind, ToDecimal(value)),
        };
    }

    private static int WriteText(IXLCell cell, object value, ColumnIssues issues)
    {
        var text = value as string ?? Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
        if (SafeCell.SetText(cell, text))
        {
            issues.AlteredTexts++;
        }

        return LongestLineLength(cell.GetString());
    }

    private static int WriteNumber(IXLCell cell, ColumnKind kind, decimal number)
    {
        var isWhole = number == decimal.Truncate(number);
        var format = kind == ColumnKind.Quantity && !isWhole ? ExcelFormats.TwoDecimals : ExcelFormats.For(kind);
        cell.Value = number;
        cell.Style.NumberFormat.Format = format;
        return DisplayLength(kind, number, isWhole);
    }

    private int WriteDate(IXLCell cell, ColumnKind kind, object value, ColumnIssues issues)
    {
        var format = ExcelFormats.For(kind);
        var written = value switch
        {
            DateOnly date => SafeDate.SetDate(cell, date, format),
            DateTimeOffset instant => SafeDate.SetDateTime(cell, ToReportTime(instant), format),
            DateTime dateTime => SafeDate.SetDateTime(cell, dateTime, format),
            _ => throw new ArgumentException(
                $"A {kind} column needs a DateOnly, DateTime or DateTimeOffset, not {value.GetType().Name}.",
                nameof(value)),
        };

        issues.SentinelDates += written == DateCellKind.Sentinel ? 1 : 0;
        issues.TextDates += written == DateCellKind.Text ? 1 : 0;
        return written switch
        {
            DateCellKind.Text => cell.GetString().Length,
            DateCellKind.Date => kind switch
            {
                ColumnKind.Month => MonthLength,
                ColumnKind.DateTime => DateTimeLength,
                _ => DateLength,
            },
            _ => 0,
        };
    }

    private DateTime ToReportTime(DateTimeOffset instant) => SafeDate.ToReportTime(instant, TimeZone);

    private static decimal ToDecimal(object value) => value switch
    {
        decimal number => number,
        long number => number,
        int number => number,
        double number => (decimal)number,
        _ => throw new ArgumentException(
            $"A numeric column needs a number, not {value.GetType().Name}.", nameof(value)),
    };

    // Length of the value as French Excel shows it: group separators, decimals and the unit sign.
    private static int DisplayLength(ColumnKind kind, decimal number, bool isWhole) => kind switch
    {
        ColumnKind.Decimal => number.ToString("N1", CultureInfo.InvariantCulture).Length,
        ColumnKind.Quantity when !isWhole => number.ToString("N2", CultureInfo.InvariantCulture).Length,
        ColumnKind.Percent => (number * 100).ToString("N1", CultureInfo.InvariantCulture).Length + 1,
        ColumnKind.Euro => number.ToString("N2", CultureInfo.InvariantCulture).Length + 2,
        _ => number.ToString("N0", CultureInfo.InvariantCulture).Length,
    };

    private static int LongestLineLength(string text)
    {
        var longest = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            longest = Math.Max(longest, line.Length);
        }

        return longest;
    }
}
