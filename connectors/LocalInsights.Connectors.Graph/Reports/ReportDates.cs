using System.Globalization;
using System.Text.RegularExpressions;

namespace LocalInsights.Connectors.Graph.Reports;

/// <summary>
/// Reads the dates of usage reports, which Graph wrote as <c>yyyy-MM-dd</c> and, since November 2021 for some
/// reports, as <c>yyyy-MM-ddT00:00:00Z</c>. The calendar day is taken as written, so it never moves with the
/// time zone of the machine.
/// </summary>
internal static partial class ReportDates
{
    /// <summary>
    /// Returns true with the day, or with null for an empty cell or <c>0001-01-01</c> ("never"); returns false
    /// for any other form, which the caller reports rather than guesses.
    /// </summary>
    public static bool TryParse(string? text, out DateOnly? day)
    {
        day = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var trimmed = text.Trim();
        if (!IsoDate().IsMatch(trimmed)
            || !DateOnly.TryParseExact(trimmed[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None,
                out var parsed))
        {
            return false;
        }

        day = parsed.Year <= 1 ? null : parsed;
        return true;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})?)?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();
}
