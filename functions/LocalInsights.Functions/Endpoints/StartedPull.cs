namespace LocalInsights.Functions.Endpoints;

/// <summary>A queued pull: its connector and the run id to look up in the history.</summary>
public sealed record StartedPull(string Connector, string RunId);
