namespace LocalInsights.Functions.Endpoints;

/// <summary>A connector schedule with its next occurrences, in UTC and in the schedule's time zone.</summary>
public sealed record ScheduleView(
    string Environment, string Connector, string Expression, string TimeZone, string Window,
    IReadOnlyList<DateTimeOffset> Next, IReadOnlyList<DateTimeOffset> NextLocal);
