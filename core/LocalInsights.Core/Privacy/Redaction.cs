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

    [GeneratedRegex(@"[^\s@;,""'<>()\[\]]+@[^\s@;,""'<>()\[\]]+\.[A-Za-z]{2,}", RegexOptions.CultureInvariant,
        matchTimeoutMilliseconds: 1000)]
    private static partial Regex EmailAddress();
}
