namespace LocalInsights.Hosting.History;

/// <summary>
/// The latest successful pull of a connector, or aggregation, of an environment, and its age in hours at the
/// time of the request.
/// </summary>
public sealed record ConnectorFreshness(
    string Name, string RunId, string Month, DateTimeOffset SucceededAt, long Written, double AgeHours);
