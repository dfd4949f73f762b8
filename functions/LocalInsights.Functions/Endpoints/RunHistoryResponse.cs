using LocalInsights.Hosting.History;

namespace LocalInsights.Functions.Endpoints;

/// <summary>Response of the runs endpoint: an environment's runs queued since a date, newest first.</summary>
public sealed record RunHistoryResponse(string Environment, DateTimeOffset Since, IReadOnlyList<RunHistoryEntry> Runs);
