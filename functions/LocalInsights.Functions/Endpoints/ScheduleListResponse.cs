namespace LocalInsights.Functions.Endpoints;

/// <summary>Response of the schedules endpoint: valid schedules, and the problems of other environments.</summary>
public sealed record ScheduleListResponse(
    DateTimeOffset GeneratedAt, IReadOnlyList<ScheduleView> Schedules, IReadOnlyList<EnvironmentProblems> Problems);
