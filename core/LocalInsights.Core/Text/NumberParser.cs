using System.Globalization;

namespace LocalInsights.Core.Text;

/// <summary>
/// Parses numbers as French and English spreadsheets export them: <c>1 234,50 €</c>, <c>1,234.50</c>,
/// <c>-150,00</c>, <c>20 %</c>. Thousands separators may be spaces, non-breaking spaces or narrow no-break spaces.
/// </summary>
/// <remarks>
/// With <see cref="DecimalSeparator.Auto"/>, a lone comma is decimal (<c>7,5</c>), and when both a comma and a
/// dot occur the last one is decimal. A value such as <c>12,5,0</c> is rejected, never guessed.
/// </remarks>
public static class NumberParser
{
    public static bool TryParseDecimal(string? text, DecimalSeparator separator, out decimal value)
    {
        value = 0;
        if (!TryNormalise(text, separator, out var normalised, out var isPercent))
        {
            return false;
        }

        if (!decimal.TryParse(normalised, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture, out value))
        {
            return false;
        }

        if (isPercent)
        {
            value /= 100m;
        }

        return true;
    }

    public static bool TryParseInteger(string? text, out long value)
    {
        value = 0;
        if (!TryParseDecimal(text, DecimalSeparator.Auto, out var number) || number != decimal.Truncate(number))
        {
            return false;
        }

        if (number is < long.MinValue or > long.MaxValue)
        {
            return false;
        }

        value = (long)number;
        return true;
    }

    /// <summary>
    /// Parses a rate: <c>20 %</c> and <c>5,5 %</c> are percentages; a bare number above 1 is taken as a
    /// percentage too (<c>20</c> is 0.20), and a bare number up to 1 as a fraction (<c>0,2</c> is 0.20).
    /// </summary>
    public static bool TryParseRate(string? text, out decimal rate)
    {
        if (!TryParseDecimal(text, DecimalSeparator.Auto, out rate))
        {
            return false;
        }

        if (!text!.Contains('%', StringComparison.Ordinal) && rate > 1)
        {
            rate /= 100m;
        }

        return true;
    }

    private static bool TryNormalise(string? text, DecimalSeparator separator, out string normalised,
        out bool isPercent)
    {
        normalised = string.Empty;
        isPercent = false;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var buffer = new System.Text.StringBuilder(text.Length);
        foreach (var character in text.Trim())
        {
            switch (character)
            {
                case ' ' or '\u00A0' or '\u202F' or '\u2009' or '€':
                    continue;
                case '%':
                    isPercent = true;
                    continue;
                case '\u2212':
                    buffer.Append('-');
                    continue;
                default:
                    buffer.Append(character);
                    continue;
            }
        }

        return TryResolveSeparators(buffer.ToString(), separator, out normalised);
    }

    private static bool TryResolveSeparators(string text, DecimalSeparator separator, out string normalised)
    {
        normalised = text;
        var commas = text.Count(character => character == ',');
        var dots = text.Count(character => character == '.');
        var decimalMark = separator switch
        {
            DecimalSeparator.Comma => ',',
            DecimalSeparator.Dot => '.',
            _ when commas > 0 && dots > 0 => text.LastIndexOf(',') > text.LastIndexOf('.') ? ',' : '.',
            _ when commas > 0 => ',',
            _ => '.',
        };
        var groupMark = decimalMark == ',' ? '.' : ',';
        if (text.Count(character => character == decimalMark) > 1 || !HasValidGroups(text, decimalMark, groupMark))
        {
            return false;
        }

        normalised = text.Replace(groupMark.ToString(), string.Empty, StringComparison.Ordinal)
            .Replace(decimalMark, '.');
        return normalised.Length > 0;
    }

    /// <summary>
    /// Checks that thousands separators split the integer part into groups of three digits, so that a decimal
    /// mark of the other convention (<c>12.5</c> read with a decimal comma) is rejected, not read as 125.
    /// </summary>
    private static bool HasValidGroups(string text, char decimalMark, char groupMark)
    {
        var decimalIndex = text.IndexOf(decimalMark, StringComparison.Ordinal);
        var integerPart = decimalIndex >= 0 ? text[..decimalIndex] : text;
        if (decimalIndex >= 0 && text.IndexOf(groupMark, decimalIndex) >= 0)
        {
            return false;
        }

        var groups = integerPart.TrimStart('-', '+').Split(groupMark);
        return groups.Length == 1
            || (groups[0].Length is >= 1 and <= 3 && groups.Skip(1).All(group => group.Length == 3));
    }
}

public enum DecimalSeparator
{
    Auto,
    Comma,
    Dot,
}
