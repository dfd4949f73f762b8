using LocalInsights.Connectors.Investment.Reading;
using LocalInsights.Core.Text;

namespace LocalInsights.Connectors.Investment.Parsing;

/// <summary>
/// Reads typed values from register cells: typed workbook cells as they are, text with the French rules of
/// <see cref="NumberParser"/> and <see cref="DateParser"/>. Each method returns a reason when it fails.
/// </summary>
internal static class CellParser
{
    public static bool TryAmount(RegisterCell cell, DecimalSeparator separator, out decimal value, out string reason)
    {
        reason = string.Empty;
        value = cell.Number;
        switch (cell.Kind)
        {
            case RegisterCellKind.Number:
                return true;
            case RegisterCellKind.Text when NumberParser.TryParseDecimal(cell.Text, separator, out value):
                return true;
            case RegisterCellKind.Error:
                reason = cell.Text;
                return false;
            default:
                reason = "not a number: write it like 1 234,50 €, with one decimal comma";
                return false;
        }
    }

    /// <summary>Reads a rate as a fraction: <c>20 %</c>, <c>0,2</c> and a typed 20 all give 0.20.</summary>
    public static bool TryRate(RegisterCell cell, out decimal value, out string reason)
    {
        reason = string.Empty;
        value = cell.Number;
        switch (cell.Kind)
        {
            case RegisterCellKind.Number:
                value = value > 1 ? value / 100m : value;
                return true;
            case RegisterCellKind.Text when NumberParser.TryParseRate(cell.Text, out value):
                return true;
            case RegisterCellKind.Error:
                reason = cell.Text;
                return false;
            default:
                reason = "not a rate: write it like 20 % or 5,5 %";
                return false;
        }
    }

    public static bool TryDay(RegisterCell cell, DateParser parser, out DateOnly day, out string reason)
    {
        reason = string.Empty;
        day = default;
        switch (cell.Kind)
        {
            case RegisterCellKind.Date:
                day = DateOnly.FromDateTime(cell.Date);
                return true;
            case RegisterCellKind.Text when parser.TryParseDay(cell.Text, out day):
                return true;
            case RegisterCellKind.Number:
                reason = "a number, not a date: format the column as a date in Excel";
                return false;
            case RegisterCellKind.Error:
                reason = cell.Text;
                return false;
            default:
                reason = "not a date: write it as dd/mm/yyyy, for example 15/09/2023";
                return false;
        }
    }

    public static bool TryWholeNumber(RegisterCell cell, out int value, out string reason)
    {
        value = 0;
        if (!TryAmount(cell, DecimalSeparator.Auto, out var number, out reason))
        {
            return false;
        }

        if (number != decimal.Truncate(number) || number is < int.MinValue or > int.MaxValue)
        {
            reason = "not a whole number";
            return false;
        }

        value = (int)number;
        return true;
    }
}
