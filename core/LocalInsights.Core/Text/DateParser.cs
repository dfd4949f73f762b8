using System.Globalization;

namespace LocalInsights.Core.Text;

/// <summary>
/// Parses dates and times written by exports. Day-first French dates (<c>dd/MM/yyyy</c>) are accepted, month-first
/// ones never are. A time without an offset is local time of the configured zone (Europe/Paris by default).
/// </summary>
public sealed class DateParser
{
    /// <summary>Formats tried in order when none are configured.</summary>
    public static readonly IReadOnlyList<string> DefaultFormats =
    [
        "yyyy-MM-dd", "dd/MM/yyyy", "yyyy-MM-ddTHH:mm", "yyyy-MM-dd HH:mm", "yyyy-MM-ddTHH:mm:ss",
        "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-ddTHH:mm:ss.FFFFFFF", "dd/MM/yyyy HH:mm",
        "dd/MM/yyyy HH:mm:ss", "yyyy-MM-ddTHH:mm:ss.FFFFFFFK", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mmK",
        "yyyy-MM-dd HH:mm:ss.FFFFFFFK",
    ];

    private readonly string[] _formats;

    // Index of the format that matched last; parsers may be shared between threads, where a stale value only
    // costs a failed attempt.
    private volatile int _lastMatch;
    private readonly TimeZoneInfo _zone;

    public DateParser(IEnumerable<string>? formats = null, string? timeZone = null)
    {
        var configured = formats?.Where(format => !string.IsNullOrWhiteSpace(format)).ToArray() ?? [];
        _formats = configured.Length > 0 ? configured : [.. DefaultFormats];
        _zone = TimeZoneInfo.FindSystemTimeZoneById(string.IsNullOrWhiteSpace(timeZone) ? "Europe/Paris" : timeZone);
    }

    public static DateParser Default { get; } = new();

    public TimeZoneInfo TimeZone => _zone;

    /// <summary>Parses an instant; returns false when the text matches no format.</summary>
    public bool TryParseInstant(string? text, out DateTimeOffset instant)
    {
        instant = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim();
        if (HasOffset(trimmed) && TryParseExact(trimmed, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            instant = parsed;
            return true;
        }

        if (!TryParseExact(trimmed, DateTimeStyles.None, out var local))
        {
            return false;
        }

        instant = ToZoned(local.DateTime);
        return true;
    }

    /// <summary>Parses a calendar day, ignoring any time part.</summary>
    public bool TryParseDay(string? text, out DateOnly day)
    {
        day = default;
        if (!TryParseInstant(text, out var instant))
        {
            return false;
        }

        day = DateOnly.FromDateTime(instant.DateTime);
        return true;
    }

    /// <summary>
    /// True for placeholder dates sources write for "never" or "no date": year 1 (<c>0001-01-01</c>, .NET's minimum
    /// and Intune's "never"), 1753-01-01 (SQL Server's minimum) and 9999-12-31.
    /// </summary>
    public static bool IsSentinel(DateTimeOffset instant) =>
        instant.Year <= 1 || instant.Year >= 9999 || (instant.Year == 1753 && instant.DayOfYear == 1);

    /// <summary>
    /// Tries the format that matched last first, because a file writes every date the same way, then the others
    /// in order. With <see cref="DateTimeStyles.None"/> the result carries no offset and is read as local time.
    /// </summary>
    private bool TryParseExact(string text, DateTimeStyles styles, out DateTimeOffset parsed)
    {
        var hint = _lastMatch;
        if (TryParseWith(text, hint, styles, out parsed))
        {
            return true;
        }

        for (var index = 0; index < _formats.Length; index++)
        {
            if (index != hint && TryParseWith(text, index, styles, out parsed))
            {
                _lastMatch = index;
                return true;
            }
        }

        return false;
    }

    private bool TryParseWith(string text, int index, DateTimeStyles styles, out DateTimeOffset parsed)
    {
        if (styles == DateTimeStyles.AssumeUniversal)
        {
            return DateTimeOffset.TryParseExact(text, _formats[index], CultureInfo.InvariantCulture, styles,
                out parsed);
        }

        if (!DateTime.TryParseExact(text, _formats[index], CultureInfo.InvariantCulture, styles, out var local))
        {
            parsed = default;
            return false;
        }

        parsed = new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), TimeSpan.Zero);
        return true;
    }

    private DateTimeOffset ToZoned(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (unspecified == DateTime.MinValue || unspecified.Year < 2)
        {
            return new DateTimeOffset(unspecified, TimeSpan.Zero);
        }

        return new DateTimeOffset(unspecified, _zone.GetUtcOffset(unspecified));
    }

    private static bool HasOffset(string text) =>
        text.EndsWith('Z') || (text.Length > 6 && (text[^6] is '+' or '-') && text[^3] == ':');
}
