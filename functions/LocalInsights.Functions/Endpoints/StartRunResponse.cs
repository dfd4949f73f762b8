namespace LocalInsights.Functions.Endpoints;

/// <summary>Response of the start-run endpoint: the queued batch and the run id of each pull.</summary>
public sealed record StartRunResponse(
    string Environment, string BatchId, string Month, IReadOnlyList<StartedPull> Runs);
