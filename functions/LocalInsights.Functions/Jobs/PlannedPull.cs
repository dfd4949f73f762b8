namespace LocalInsights.Functions.Jobs;

/// <summary>A pull to queue: its connector, run id and, for a scheduled run, the occurrence that is due.</summary>
public sealed record PlannedPull(string Connector, string RunId, DateTimeOffset? Occurrence);
