using Cronos;
using LocalInsights.Core.Connectors;

namespace LocalInsights.Hosting.Scheduling;

/// <summary>
/// When one connector of one environment is pulled: a cron expression evaluated in a time zone, and the month
/// that each occurrence pulls.
/// </summary>
/// <param name="Expression">The cron text as configured, with 5 fields, or 6 when the first gives seconds.</param>
public sealed record ConnectorSchedule(
    string Environment, string Connector, string Expression, CronExpression Cron, TimeZoneInfo TimeZone,
    ScheduleWindow Window)
{
    /// <summary>
    /// Lists the occurrences after <paramref name="fromExclusive"/> and up to <paramref name="toInclusive"/>, in UTC.
    /// </summary>
    /// <remarks>
    /// Cronos 0.13 moves an occurrence that falls in the hour skipped when clocks go forward to the first instant
    /// after the gap. In the hour repeated when clocks go back, a fixed-hour occurrence runs once, at its first
    /// offset, and an expression that repeats every hour or more often runs in both.
    /// </remarks>
    public IEnumerable<DateTimeOffset> Occurrences(DateTimeOffset fromExclusive, DateTimeOffset toInclusive) =>
        Cron.GetOccurrences(fromExclusive, toInclusive, TimeZone, fromInclusive: false, toInclusive: true)
            .Select(occurrence => occurrence.ToUniversalTime());

    /// <summary>Lists the next <paramref name="count"/> occurrences after <paramref name="from"/>, in UTC.</summary>
    public IReadOnlyList<DateTimeOffset> Next(DateTimeOffset from, int count)
    {
        var next = new List<DateTimeOffset>(count);
        var cursor = from;
        while (next.Count < count && Cron.GetNextOccurrence(cursor, TimeZone) is { } occurrence)
        {
            next.Add(occurrence.ToUniversalTime());
            cursor = occurrence;
        }

        return next;
    }

    /// <summary>Returns the month that the run of <paramref name="occurrence"/> pulls, from its local date.</summary>
    public PullWindow WindowOf(DateTimeOffset occurrence)
    {
        var local = TimeZoneInfo.ConvertTime(occurrence, TimeZone);
        var month = new DateOnly(local.Year, local.Month, 1);
        if (Window == ScheduleWindow.PreviousMonth)
        {
            month = month.AddMonths(-1);
        }

        return PullWindow.ForMonth(month.Year, month.Month);
    }
}
