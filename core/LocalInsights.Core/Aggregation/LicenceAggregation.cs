using LocalInsights.Core.Connectors;
using LocalInsights.Core.Model;

namespace LocalInsights.Core.Aggregation;

/// <summary>
/// Licence utilisation per SKU at the end of the month: purchased (enabled) units, assigned (consumed) units and
/// assigned users with any activity, with unused spend when the register gives a unit price.
/// </summary>
/// <remarks>
/// Only tenant-wide snapshots (<see cref="LicenceSnapshot.Uai"/> null) make the facts: per-establishment
/// snapshots break the same units down and are never added to them. The unit price of a SKU is the total amount
/// excluding VAT of the register's licence lines whose item or reference names the SKU, divided by their quantity.
/// </remarks>
internal sealed class LicenceAggregation(PullWindow window)
{
    private readonly Dictionary<string, LicenceSnapshot> _latest = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<InvestmentLine> _licenceLines = [];

    public void Add(LicenceSnapshot snapshot)
    {
        if (snapshot.Uai is not null || !window.Contains(snapshot.SnapshotDate))
        {
            return;
        }

        var key = snapshot.Source + "\u001F" + snapshot.SkuPartNumber;
        if (!_latest.TryGetValue(key, out var known) || known.SnapshotDate < snapshot.SnapshotDate)
        {
            _latest[key] = snapshot;
        }
    }

    public void Add(InvestmentLine line)
    {
        if (line.Category == InvestmentCategory.Licence)
        {
            _licenceLines.Add(line);
        }
    }

    public IReadOnlyList<LicenceFact> ToFacts() =>
        _latest.Values
            .GroupBy(snapshot => snapshot.SkuPartNumber, StringComparer.OrdinalIgnoreCase)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => ToFact(group.Key, group.ToList()))
            .ToList();

    private LicenceFact ToFact(string sku, List<LicenceSnapshot> snapshots)
    {
        var purchased = snapshots.Sum(snapshot => (long)snapshot.EnabledUnits);
        long? active = snapshots.All(snapshot => snapshot.ActiveUsers is not null)
            ? snapshots.Sum(snapshot => (long)snapshot.ActiveUsers!.Value)
            : null;
        var price = UnitPrice(sku, snapshots[0].SkuId);
        return new LicenceFact
        {
            Month = window.From,
            SkuPartNumber = sku,
            Purchased = purchased,
            Assigned = snapshots.Sum(snapshot => (long)snapshot.ConsumedUnits),
            Active = active,
            UnitPrice = price is { } value ? Math.Round(value, 2) : null,
            UnusedSpend = price is { } unit && active is { } used
                ? Math.Round(Math.Max(0, purchased - used) * unit, 2)
                : null,
        };
    }

    private decimal? UnitPrice(string sku, string skuId)
    {
        var lines = _licenceLines.Where(line => Names(line, sku) || Names(line, skuId)).ToList();
        var quantity = lines.Sum(line => line.Quantity);
        return quantity > 0 ? lines.Sum(line => line.AmountExcludingTax) / quantity : null;
    }

    private static bool Names(InvestmentLine line, string name) =>
        name.Length > 0
        && (line.Item.Contains(name, StringComparison.OrdinalIgnoreCase)
            || string.Equals(line.Reference, name, StringComparison.OrdinalIgnoreCase));
}
