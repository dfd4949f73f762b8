using System.Globalization;
using ClosedXML.Excel;

namespace LocalInsights.Connectors.Investment.Reading;

/// <summary>
/// Turns ClosedXML cells into register cells without evaluating anything: a formula cell gives the result Excel
/// saved with it, and text that looks like a formula stays text.
/// </summary>
internal static class WorkbookCells
{
    /// <summary>Error values a formula can return in Excel.</summary>
    private static readonly string[] ErrorValues =
        ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!"];

    public static RegisterCell Read(IXLCell cell)
    {
        if (cell.HasFormula)
        {
            return FromSavedResult(cell, cell.CachedValue);
        }

        return cell.DataType switch
        {
            XLDataType.Number => FromDouble(cell.GetDouble()),
            XLDataType.DateTime => RegisterCell.FromDate(cell.GetDateTime()),
            XLDataType.Boolean => new RegisterCell(RegisterCellKind.Boolean, cell.GetBoolean() ? "TRUE" : "FALSE"),
            _ => FromText(cell.GetString()),
        };
    }

    /// <summary>
    /// Reads the value Excel saved for a formula. ClosedXML 0.95 keeps it as the text of the file, with numbers
    /// written with a dot. A workbook saved by a program that computes nothing has none.
    /// </summary>
    private static RegisterCell FromSavedResult(IXLCell cell, object? saved)
    {
        switch (saved)
        {
            case null:
            case string text when text.Length == 0:
                return RegisterCell.FromError(
                    "a formula with no saved result: open the file in Excel and save it again");
            case double number:
                return IsDateFormatted(cell) ? FromSerialDate(number) : FromDouble(number);
            case DateTime date:
                return RegisterCell.FromDate(date);
            case bool flag:
                return new RegisterCell(RegisterCellKind.Boolean, flag ? "TRUE" : "FALSE");
        }

        var value = Convert.ToString(saved, CultureInfo.InvariantCulture)!;
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
        {
            return IsDateFormatted(cell) ? FromSerialDate(parsed) : FromDouble(parsed);
        }

        return FromText(value);
    }

    private static RegisterCell FromText(string text)
    {
        var trimmed = text.Trim();
        return ErrorValues.Contains(trimmed, StringComparer.OrdinalIgnoreCase)
            ? RegisterCell.FromError($"the cell shows the error {trimmed}")
            : RegisterCell.FromText(text);
    }

    private static RegisterCell FromDouble(double number)
    {
        if (double.IsNaN(number) || double.IsInfinity(number) || Math.Abs(number) >= 7.9e28)
        {
            return RegisterCell.FromError("the number is too large to be an amount");
        }

        return RegisterCell.FromNumber((decimal)number);
    }

    private static RegisterCell FromSerialDate(double serial)
    {
        // Excel's serial dates run from 1 (1900-01-01) to 2958465 (9999-12-31).
        return serial is >= 1 and < 2958466
            ? RegisterCell.FromDate(DateTime.FromOADate(serial))
            : RegisterCell.FromError("the saved result is not a date Excel can show");
    }

    private static bool IsDateFormatted(IXLCell cell)
    {
        var format = cell.Style.NumberFormat;

        // Built-in formats 14 to 17 and 22 are Excel's date and date-time formats, which carry no format string.
        if (format.NumberFormatId is (>= 14 and <= 17) or 22)
        {
            return true;
        }

        return !string.IsNullOrEmpty(format.Format)
            && new ExcelNumberFormat.NumberFormat(format.Format).IsDateTimeFormat;
    }
}
