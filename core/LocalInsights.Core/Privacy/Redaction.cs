using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace LocalInsights.Core.Privacy;

/// <summary>
/// Makes text from sources safe to put in rejects, findings, logs and messages: e-mail addresses (and so user
/// principal names) are masked, control characters dropped and long text cut.
/// </summary>
/// <remarks>
/// Rows can carry an identifier in the wrong column when a file's columns are swapped or shifted, so every value
/// that leaves a connector for people to read goes through here, whatever column it came from. Names of people
/// cannot be recognised in free text: connectors never read the columns that hold them.
/// </remarks>
public static partial class Redaction
{
    /// <summary>Text put in place of an e-mail address or user principal name.</summary>
    public const string MaskedEmail = "[e-mail address]";

    /// <summary>
    /// Returns <paramref name="text"/> masked, cleaned and cut to <paramref name="maxLength"/> characters.
    /// </summary>
    public static string? Clean(string? text, int maxLength)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        var masked = EmailAddress().Replace(text, MaskedEmail);
        var cleaned = new StringBuilder(Math.Min(masked.Length, maxLength + 1));
        foreach (var character in masked)
        {
            if (cleaned.Length > maxLength)
            {
                break;
            }

            cleaned.Append(char.IsControl(character) && character is not ('\n' or '\r' or '\t') ? '\uFFFD' : character);
        }

        return masked.Length <= maxLength
            ? cleaned.ToString()
            : string.Create(CultureInfo.InvariantCulture,
                $"{cleaned.ToString(0, maxLength)}… (cut, {masked.Length:N0} characters in all)");
    }

    /// <summary>
    /// Returns <paramref name="text"/> when it has the shape of a value of <paramref name="shape"/>, and otherwise a
    /// marker that names the shape, because a value of another shape may be an identifier or a name from a shifted
    /// column of a per-user file.
    /// </summary>
    /// <remarks>
    /// A UAI code is at most 12 letters, digits and spaces with at least 5 digits, so that a mistyped code still
    /// shows. A date is digits, spaces and <c>/-.:,+TZ</c>. A number is at most 30 digits, spaces and <c>+-.,'</c>.
    /// </remarks>
    public static string? IfShaped(string? text, ValueShape shape)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        var shaped = shape switch
        {
            ValueShape.UaiCode => text.Length <= 12 && text.All(character => char.IsAsciiLetterOrDigit(character)
                || character == ' ') && text.Count(char.IsAsciiDigit) >= 5,
            ValueShape.Date => text.All(character => char.IsAsciiDigit(character) || character == ' '
                || "/-.:,+TZ".Contains(character, StringComparison.Ordinal)),
            _ => text.Length <= 30 && text.All(character => char.IsAsciiDigit(character) || character == ' '
                || "+-.,'".Contains(character, StringComparison.Ordinal)),
        };
        return shaped ? text : HiddenValue(shape);
    }

    /// <summary>Returns the marker put in place of a value without the shape of <paramref name="shape"/>.</summary>
    public static string HiddenValue(ValueShape shape) => shape switch
    {
        ValueShape.UaiCode => "[hidden: not shaped like a UAI code]",
        ValueShape.Date => "[hidden: not shaped like a date]",
        _ => "[hidden: not shaped like a number]",
    };

    [GeneratedRegex(@"[^\s@;,""'<>()\[\]]+@[^\s@;,""'<>()\[\]]+\.[A-Za-z]{2,}", RegexOptions.CultureInvariant,
        matchTimeoutMilliseconds: 1000)]
    private static partial Regex EmailAddress();
}

/// <summary>The kinds of value whose shape <see cref="Redaction.IfShaped"/> checks.</summary>
public enum ValueShape
{
    UaiCode,
    Date,
    Number,
}
