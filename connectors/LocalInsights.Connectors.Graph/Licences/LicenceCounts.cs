using LocalInsights.Connectors.Graph.Reports;

namespace LocalInsights.Connectors.Graph.Licences;

/// <summary>
/// Assigned and active users per establishment and SKU, counted from the users and the usage reports.
/// </summary>
internal sealed class LicenceCounts
{
    private readonly Dictionary<(string? Uai, string SkuId), int> _active = [];
    private readonly bool _activeKnown;

    private LicenceCounts(bool activeKnown)
    {
        _activeKnown = activeKnown;
    }

    /// <summary>Users per establishment and SKU, for users placed in an establishment.</summary>
    public Dictionary<(string Uai, string SkuId), int> AssignedByEstablishment { get; } = [];

    public static LicenceCounts From(UserDirectory? users, UsageSummary? usage)
    {
        var counts = new LicenceCounts(users is not null && usage is { ConcealedUsers: 0 });
        foreach (var (pseudonym, user) in users?.Users ?? [])
        {
            var active = usage?.IsActive(pseudonym) == true;
            foreach (var skuId in user.SkuIds.Distinct(StringComparer.OrdinalIgnoreCase))
            {
                if (user.Uai is { } uai)
                {
                    counts.AssignedByEstablishment[(uai, skuId)] =
                        counts.AssignedByEstablishment.GetValueOrDefault((uai, skuId)) + 1;
                }

                if (active)
                {
                    counts.Increment(null, skuId);
                    if (user.Uai is not null)
                    {
                        counts.Increment(user.Uai, skuId);
                    }
                }
            }
        }

        return counts;
    }

    /// <summary>Active users of the SKU in the establishment (or the tenant for null), or null when unknown.</summary>
    public int? ActiveFor(string? uai, string skuId) =>
        _activeKnown ? _active.GetValueOrDefault((uai, skuId)) : null;

    private void Increment(string? uai, string skuId) =>
        _active[(uai, skuId)] = _active.GetValueOrDefault((uai, skuId)) + 1;
}
