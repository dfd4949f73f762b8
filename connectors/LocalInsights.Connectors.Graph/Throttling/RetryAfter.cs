using System.Globalization;
using System.Net.Http.Headers;

namespace LocalInsights.Connectors.Graph.Throttling;

/// <summary>
/// Reads the wait a throttled response requests. Graph sends <c>Retry-After</c> as whole or fractional seconds
/// (its own documentation shows <c>2.128</c>), sometimes as an HTTP date, sometimes in lower case, sometimes not
/// at all. Header names are compared case-insensitively, as HTTP requires.
/// </summary>
internal static class RetryAfter
{
    /// <summary>
    /// Returns the wait the response requests, rounded up to the millisecond and never negative, or null when the
    /// response has no usable <c>Retry-After</c>. A date is measured from the response's <c>Date</c> header, else
    /// from <paramref name="now"/>.
    /// </summary>
    public static TimeSpan? Read(HttpResponseHeaders headers, DateTimeOffset now)
    {
        if (!headers.NonValidated.TryGetValues("Retry-After", out var values))
        {
            return null;
        }

        var text = values.FirstOrDefault()?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds))
        {
            return TimeSpan.FromMilliseconds(Math.Ceiling(seconds * 1000));
        }

        if (DateTimeOffset.TryParseExact(text, "r", CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal, out var until))
        {
            var reference = ReadDate(headers) ?? now;
            var wait = until - reference;
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }

    private static DateTimeOffset? ReadDate(HttpResponseHeaders headers) =>
        headers.NonValidated.TryGetValues("Date", out var values)
        && DateTimeOffset.TryParseExact(values.FirstOrDefault()?.Trim(), "r", CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : null;
}
