using LocalInsights.Core.Model;
using LocalInsights.Core.Privacy;

namespace LocalInsights.Core.Aggregation;

/// <summary>
/// Builds one fact per establishment of the directory, plus one per valid code that appears in the data but not
/// in the directory, so that no figure disappears from the totals.
/// </summary>
internal sealed class EstablishmentFactBuilder(
    AggregationRequest request,
    IReadOnlyList<DeviceFact> devices,
    PlatformAggregation platform,
    IReadOnlyList<PlatformUseFact> platformFacts,
    InvestmentAggregation investment,
    SmallCounts smallCounts)
{
    public IReadOnlyList<EstablishmentFact> Build()
    {
        var devicesByUai = devices.Where(fact => fact.Uai is not null)
            .GroupBy(fact => fact.Uai!, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.ToList(), StringComparer.Ordinal);
        var platformByUai = platformFacts.GroupBy(fact => fact.Uai, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.ToList(), StringComparer.Ordinal);
        var codes = new SortedSet<string>(StringComparer.Ordinal);
        codes.UnionWith(request.Establishments.All.Select(item => item.Uai.Value));
        codes.UnionWith(devicesByUai.Keys);
        codes.UnionWith(platformByUai.Keys);
        codes.UnionWith(investment.Establishments);

        return codes.Select(uai => Build(uai, devicesByUai.GetValueOrDefault(uai) ?? [],
                platformByUai.GetValueOrDefault(uai) ?? []))
            .ToList();
    }

    private EstablishmentFact Build(string uai, List<DeviceFact> devicesOfUai, List<PlatformUseFact> platformOfUai)
    {
        var known = request.Establishments.TryGet(uai, out var establishment);
        var active = devicesOfUai.Sum(fact => fact.Active);
        var students = platform.ActiveStudents(uai) is { } count ? smallCounts.Suppress(count) : null;
        var pupils = known ? establishment.Pupils : null;
        var spend = investment.DeviceSpend(uai);
        var annualised = investment.AnnualisedDeviceSpend(uai);
        return new EstablishmentFact
        {
            Month = request.Window.From,
            Uai = uai,
            Name = known ? establishment.Name : "(not in the establishment directory)",
            Kind = known ? establishment.Kind : EstablishmentKind.Other,
            Commune = known ? establishment.CommuneName : string.Empty,
            Funder = known ? establishment.Funder : Funder.Unknown,
            Pupils = pupils,
            DevicesDeployed = devicesOfUai.Sum(fact => fact.Deployed),
            DevicesActive = active,
            DevicesIdle = devicesOfUai.Sum(fact => fact.Idle),
            DevicesNeverSeen = devicesOfUai.Sum(fact => fact.NeverSeen),
            ActiveStudents = students,
            ActiveStudentsPer100Pupils = students is not null && pupils is > 0
                ? Math.Round(students.Value * 100m / pupils.Value, 1)
                : null,
            AccountActivationRate = ActivationRate(platformOfUai),
            DeviceSpend = spend,
            AnnualisedDeviceSpend = Math.Round(annualised, 2),
            CostPerActiveDevice = active > 0 && spend > 0 ? Math.Round(spend / active, 2) : null,
            AnnualisedCostPerActiveDevice = active > 0 && annualised > 0 ? Math.Round(annualised / active, 2) : null,
        };
    }

    /// <summary>Activated over provisioned accounts, over the roles whose counts are not hidden.</summary>
    private static decimal? ActivationRate(List<PlatformUseFact> facts)
    {
        var visible = facts.Where(fact => fact.ProvisionedAccounts is not null && fact.ActivatedAccounts is not null)
            .ToList();
        var provisioned = visible.Sum(fact => fact.ProvisionedAccounts!.Value);
        var activated = visible.Sum(fact => fact.ActivatedAccounts!.Value);
        return provisioned > 0 ? Math.Round((decimal)activated / provisioned, 4) : null;
    }
}
