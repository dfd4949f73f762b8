using System.Text;
using ClosedXML.Excel;

namespace LocalInsights.Reports.Excel;

/// <summary>
/// Writes text that comes from source data into cells so that it stays text: never a formula, never a number or a
/// date guessed from the text, and always valid in the workbook's XML.
/// </summary>
/// <remarks>
/// In ClosedXML 0.95.4 the <c>IXLCell.Value</c> setter converts strings: "0600000002" becomes a number, "1,5" a
/// date, and a leading apostrophe is removed. <see cref="SetText"/> uses <c>SetValue&lt;string&gt;</c>, which stores
/// the text unchanged with the Text data type. Text that Excel would read as a formula when a user edits the cell
/// also gets the quote-prefix style, which is invisible and adds no character to the value.
/// </remarks>
public static class SafeCell
{
    /// <summary>Maximum number of UTF-16 code units Excel stores in one cell.</summary>
    public const int MaxTextLength = 32_767;

    /// <summary>Text that replaces the end of a value cut to <see cref="MaxTextLength"/>.</summary>
    public const string TruncationMarker = "… [truncated]";

    /// <summary>
    /// Writes <paramref name="text"/> as a text cell, cleaned by <see cref="Clean"/>. Text that is null or empty, or
    /// empty once cleaned, leaves the cell empty. Returns true when characters were removed or the text was truncated.
    /// </summary>
    public static bool SetText(IXLCell cell, string? text)
    {
        ArgumentNullException.ThrowIfNull(cell);
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var normalised = NormaliseLineBreaks(text);
        var cleaned = Truncate(RemoveInvalidCharacters(normalised));
        if (cleaned.Length == 0)
        {
            return true;
        }

        cell.SetValue<string>(cleaned);
        if (StartsLikeFormula(cleaned))
        {
            cell.Style.IncludeQuotePrefix = true;
        }

        return !string.Equals(cleaned, normalised, StringComparison.Ordinal);
    }

    /// <summary>
    /// Returns <paramref name="text"/> with line breaks as LF, characters invalid in XML 1.0 removed, and cut to
    /// <see cref="MaxTextLength"/> with <see cref="TruncationMarker"/>.
    /// </summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Truncate(RemoveInvalidCharacters(NormaliseLineBreaks(text)));
    }

    /// <summary>
    /// Returns whether <paramref name="text"/> starts with a character that spreadsheet programs may take for the
    /// start of a formula (<c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>), or with tab, CR or LF, which can hide one.
    /// </summary>
    public static bool StartsLikeFormula(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\n';

    /// <summary>
    /// Removes the characters XML 1.0 forbids: control characters other than tab, LF and CR, U+FFFE, U+FFFF and
    /// unpaired surrogates. ClosedXML 0.95.4 would store them as <c>_xHHHH_</c> escapes, which readers of the
    /// workbook decode back into the forbidden characters.
    /// </summary>
    public static string RemoveInvalidCharacters(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (FirstInvalidIndex(text) < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var index = 0; index < text.Length; index++)
        {
            var length = ValidLengthAt(text, index);
            if (length > 0)
            {
                builder.Append(text, index, length);
                index += length - 1;
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Cuts <paramref name="text"/> to <see cref="MaxTextLength"/> code units, ending with
    /// <see cref="TruncationMarker"/>, without splitting a surrogate pair.
    /// </summary>
    public static string Truncate(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= MaxTextLength)
        {
            return text;
        }

        var keep = MaxTextLength - TruncationMarker.Length;
        if (char.IsHighSurrogate(text[keep - 1]))
        {
            keep--;
        }

        return string.Concat(text.AsSpan(0, keep), TruncationMarker);
    }

    // XML normalises CR and CRLF to LF when the workbook is read back, so they are written as LF.
    private static string NormaliseLineBreaks(string text) =>
        text.Contains('\r', StringComparison.Ordinal)
            ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n')
            : text;

    private static int FirstInvalidIndex(string text)
    {
        for (var index = 0; index < text.Length; index++)
        {
            var length = ValidLengthAt(text, index);
            if (length == 0)
            {
                return index;
            }

            index += length - 1;
        }

        return -1;
    }

    // Returns 1 or 2 for a valid character or surrogate pair at index, or 0 for an invalid one.
    private static int ValidLengthAt(string text, int index)
    {
        var character = text[index];
        if (char.IsHighSurrogate(character))
        {
            return index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]) ? 2 : 0;
        }

        var valid = character is '\t' or '\n' or '\r'
            || (character >= '\u0020' && character <= '\uD7FF')
            || (character >= '\uE000' && character <= '\uFFFD');
        return valid ? 1 : 0;
    }
}
