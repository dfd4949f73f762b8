using System.Text;

namespace LocalInsights.Core.Text;

/// <summary>
/// Formats fields of CSV files written for people to open in Excel: <c>;</c>-separated, UTF-8 with BOM.
/// </summary>
/// <remarks>
/// Text that Excel would take for a formula (starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or carriage
/// return) is prefixed with an apostrophe, the convention spreadsheet programs use for literal text. A plain number
/// with a sign, such as <c>-5</c> or <c>-7,5</c>, is not a formula and is never prefixed, so that it opens as a
/// number. Numbers are written by the caller with <see cref="System.Globalization.CultureInfo.InvariantCulture"/>.
/// </remarks>
public static class HumanCsv
{
    public const char Separator = ';';

    public static readonly Encoding Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    /// <summary>Returns <paramref name="text"/> as one CSV field: neutralised, then quoted when needed.</summary>
    public static string Text(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !IsSignedNumber(text))
        {
            text = "'" + text;
        }

        var needsQuotes = text.AsSpan().IndexOfAny(";\"\r\n") >= 0;
        return needsQuotes ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    public static string Line(IEnumerable<string> fields) => string.Join(Separator, fields);

    /// <summary>Returns true for a sign then digits, with at most one decimal point or comma between digits.</summary>
    private static bool IsSignedNumber(string text)
    {
        if (text.Length < 2 || text[0] is not ('+' or '-'))
        {
            return false;
        }

        var digits = text.AsSpan(1);
        var separator = digits.IndexOfAny('.', ',');
        return separator < 0
            ? IsDigits(digits)
            : IsDigits(digits[..separator]) && IsDigits(digits[(separator + 1)..]);
    }

    private static bool IsDigits(ReadOnlySpan<char> text) => !text.IsEmpty && !text.ContainsAnyExceptInRange('0', '9');
}
