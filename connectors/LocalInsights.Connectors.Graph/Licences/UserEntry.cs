using LocalInsights.Core.Model;

namespace LocalInsights.Connectors.Graph.Licences;

/// <summary>
/// A user of the tenant as the connector keeps it: establishment, role and assigned SKU ids, no name.
/// </summary>
internal sealed record UserEntry(string? Uai, PlatformRole Role, IReadOnlyList<string> SkuIds);
