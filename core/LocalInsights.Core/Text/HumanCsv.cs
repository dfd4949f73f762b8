using System.Text;

namespace LocalInsights.Core.Text;

/// <summary>
/// Formats fields of CSV files written for people to open in Excel: <c>;</c>-separated, UTF-8 with BOM.
/// </summary>
/// <remarks>
/// Text that Excel would take for a formula (starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or carriage
/// return) is prefixed with an apostrophe, the convention spreadsheet programs use for literal text. Numbers are
/// written by the caller with <see cref="System.Globalization.CultureInfo.InvariantCulture"/> and never prefixed.
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

        if (text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        var needsQuotes = text.AsSpan().IndexOfAny(";\"\r\n") >= 0;
        return needsQuotes ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    public static string Line(IEnumerable<string> fields) => string.Join(Separator, fields);
}
