namespace LocalInsights.Hosting.Scheduling;

/// <summary>
/// The schedules of one environment, or the problems that kept them from being read. An environment with
/// problems has no schedule, and the others are not affected.
/// </summary>
public sealed record EnvironmentSchedules(
    string Environment, IReadOnlyList<ConnectorSchedule> Schedules, IReadOnlyList<string> Problems)
{
    public bool IsValid => Problems.Count == 0;
}
