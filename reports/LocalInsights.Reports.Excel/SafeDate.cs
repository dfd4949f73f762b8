using System.Globalization;
using ClosedXML.Excel;

namespace LocalInsights.Reports.Excel;

/// <summary>
/// Writes dates into cells as Excel serial numbers with a date format, except sentinels and dates Excel cannot show.
/// </summary>
/// <remarks>
/// Excel's 1900 date system numbers 1900-01-01 as serial 1 and keeps a 29 February 1900 that never existed (serial
/// 60), so .NET's OLE Automation date, which starts at 1899-12-30, is one day too high before 1900-03-01.
/// ClosedXML 0.95.4 writes <see cref="DateTime"/> values with <see cref="DateTime.ToOADate"/>, so this class computes
/// the serial itself. Sentinels that sources use for "no date" (0001-01-01, 1753-01-01, 9999-12-31) leave the
/// cell empty. Any other date before 1900-01-01 is written as text "yyyy-MM-dd" so that it is never shifted.
/// </remarks>
public static class SafeDate
{
    /// <summary>The first date of Excel's 1900 date system, serial 1.</summary>
    public static readonly DateOnly FirstExcelDate = new(1900, 1, 1);

    /// <summary>The first date whose Excel serial equals its OLE Automation date.</summary>
    public static readonly DateOnly FirstOleAgreeingDate = new(1900, 3, 1);

    private static readonly DateTime SerialZero = new(1899, 12, 31, 0, 0, 0, DateTimeKind.Unspecified);

    private static readonly DateOnly[] Sentinels = [DateOnly.MinValue, new(1753, 1, 1), DateOnly.MaxValue];

    /// <summary>
    /// Returns whether <paramref name="date"/> is a "no date" sentinel: 0001-01-01 (.NET minimum, Intune's
    /// "never"), 1753-01-01 (SQL Server datetime minimum) or 9999-12-31 (.NET maximum, "no end date").
    /// </summary>
    public static bool IsSentinel(DateOnly date) => Array.IndexOf(Sentinels, date) >= 0;

    /// <summary>
    /// Returns the clock time at which a report shows <paramref name="instant"/>: in <paramref name="zone"/>, except
    /// for a sentinel, kept as it is because converting it could overflow, and for a time that falls before 1900 in
    /// the zone, kept at the clock time it was read with. Time zone rules of that era, such as the local mean time of
    /// Paris, would otherwise shift a date that is written as text.
    /// </summary>
    public static DateTime ToReportTime(DateTimeOffset instant, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (IsSentinel(DateOnly.FromDateTime(instant.UtcDateTime)))
        {
            return instant.UtcDateTime;
        }

        var converted = TimeZoneInfo.ConvertTime(instant, zone).DateTime;
        return DateOnly.FromDateTime(converted) < FirstExcelDate ? instant.DateTime : converted;
    }

    /// <summary>Returns how <see cref="SetDate"/> writes <paramref name="date"/>.</summary>
    public static DateCellKind Classify(DateOnly? date)
    {
        if (date is not { } value)
        {
            return DateCellKind.Empty;
        }

        if (IsSentinel(value))
        {
            return DateCellKind.Sentinel;
        }

        return value < FirstExcelDate ? DateCellKind.Text : DateCellKind.Date;
    }

    /// <summary>
    /// Returns the Excel 1900 date system serial number of <paramref name="value"/>, with the time of day as the
    /// fraction. Throws <see cref="ArgumentOutOfRangeException"/> for dates before 1900-01-01.
    /// </summary>
    public static double ToExcelSerial(DateTime value)
    {
        if (DateOnly.FromDateTime(value) < FirstExcelDate)
        {
            throw new ArgumentOutOfRangeException(
                nameof(value), value, "Excel's 1900 date system has no serial number before 1900-01-01.");
        }

        var days = (value.Date - SerialZero).Days;
        if (DateOnly.FromDateTime(value) >= FirstOleAgreeingDate)
        {
            days++;
        }

        return days + value.TimeOfDay.TotalDays;
    }

    /// <summary>
    /// Writes <paramref name="date"/> into <paramref name="cell"/> in the form <see cref="Classify"/> returns.
    /// </summary>
    public static DateCellKind SetDate(IXLCell cell, DateOnly? date, string format)
    {
        var kind = Classify(date);
        if (kind == DateCellKind.Text)
        {
            SafeCell.SetText(cell, date!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        else if (kind == DateCellKind.Date)
        {
            SetSerial(cell, ToExcelSerial(date!.Value.ToDateTime(TimeOnly.MinValue)), format);
        }

        return kind;
    }

    /// <summary>
    /// Writes <paramref name="value"/> like <see cref="SetDate"/>, keeping the time of day. Sentinels are recognised
    /// by their date, so 9999-12-31T23:59:59.9999999 is one.
    /// </summary>
    public static DateCellKind SetDateTime(IXLCell cell, DateTime? value, string format)
    {
        var kind = Classify(value is { } dateTime ? DateOnly.FromDateTime(dateTime) : null);
        if (kind == DateCellKind.Text)
        {
            var textFormat = value!.Value.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm";
            SafeCell.SetText(cell, value.Value.ToString(textFormat, CultureInfo.InvariantCulture));
        }
        else if (kind == DateCellKind.Date)
        {
            SetSerial(cell, ToExcelSerial(value!.Value), format);
        }

        return kind;
    }

    private static void SetSerial(IXLCell cell, double serial, string format)
    {
        ArgumentNullException.ThrowIfNull(cell);
        cell.Value = serial;
        cell.Style.NumberFormat.Format = format;
    }
}
