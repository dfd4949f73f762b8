using LocalInsights.Core.Model;
using LocalInsights.Core.Privacy;

namespace LocalInsights.Core.Aggregation;

/// <summary>Builds the platform-use facts with small counts of people suppressed.</summary>
internal static class PlatformFacts
{
    /// <summary>
    /// Suppresses active users per group of roles of one establishment and platform (with the secondary rule of
    /// <see cref="SmallCounts.SuppressGroup"/>), and account counts below the threshold.
    /// </summary>
    public static IReadOnlyList<PlatformUseFact> Suppress(
        IEnumerable<RawPlatformUse> rows, AggregationRequest request, SmallCounts smallCounts)
    {
        var facts = new List<PlatformUseFact>();
        foreach (var group in rows.GroupBy(row => (row.Uai, row.Platform, row.Basis)))
        {
            var members = group.OrderBy(row => row.Role).ToList();
            var known = members.Where(row => row.ActiveUsers is not null).ToList();
            var visible = smallCounts.SuppressGroup(known.Select(row => row.ActiveUsers!.Value).ToList());
            foreach (var row in members)
            {
                var index = known.IndexOf(row);
                var activeUsers = index >= 0 ? visible[index] : null;
                facts.Add(ToFact(row, activeUsers, index >= 0 && activeUsers is null, request, smallCounts));
            }
        }

        return facts.OrderBy(fact => fact.Uai, StringComparer.Ordinal)
            .ThenBy(fact => fact.Platform, StringComparer.Ordinal)
            .ThenBy(fact => fact.Role)
            .ToList();
    }

    private static PlatformUseFact ToFact(RawPlatformUse row, long? activeUsers, bool suppressed,
        AggregationRequest request, SmallCounts smallCounts)
    {
        int? pupils = request.Establishments.TryGet(row.Uai, out var establishment) ? establishment.Pupils : null;
        var provisioned = row.Provisioned is { } provisionedCount ? smallCounts.Suppress(provisionedCount) : null;
        var activated = row.Activated is { } activatedCount ? smallCounts.Suppress(activatedCount) : null;
        decimal? rate = provisioned is > 0 && activated is not null
            ? Math.Round((decimal)activated.Value / provisioned.Value, 4)
            : null;
        decimal? per100 = row.Role == PlatformRole.Student && activeUsers is not null && pupils is > 0
            ? Math.Round(activeUsers.Value * 100m / pupils.Value, 1)
            : null;
        // A connection count below the threshold next to a hidden count of people would bound it from above.
        var connections = suppressed && row.Connections < smallCounts.Threshold ? null : row.Connections;
        return new PlatformUseFact
        {
            Month = request.Window.From, Uai = row.Uai, Platform = row.Platform, Role = row.Role,
            ActiveUsers = activeUsers, Suppressed = suppressed, Connections = connections,
            ActiveUsersPer100Pupils = per100, ProvisionedAccounts = provisioned, ActivatedAccounts = activated,
            ActivationRate = rate, Basis = row.Basis,
        };
    }
}
