using LocalInsights.Hosting.History;

namespace LocalInsights.Functions.Endpoints;

/// <summary>
/// Response of the freshness endpoint: the latest success of each connector and of the aggregation, and the
/// enabled connectors that never succeeded.
/// </summary>
/// <param name="Aggregation">The latest successful aggregation, or null when none succeeded yet.</param>
public sealed record FreshnessResponse(
    string Environment, DateTimeOffset GeneratedAt, IReadOnlyList<ConnectorFreshness> Connectors,
    ConnectorFreshness? Aggregation, IReadOnlyList<string> NeverSucceeded);
