using LocalInsights.Core.Aggregation;
using LocalInsights.Reports.Excel.Tables;

namespace LocalInsights.Reports.Excel.Sheets;

/// <summary>
/// Totals of the Summary sheet: devices and money. Counts of people are not totalled, because distinct users
/// cannot be added across establishments or platforms, and a total could give back a hidden small count.
/// </summary>
internal static class SummaryTotals
{
    public static void Write(SummarySheet summary, FactSet facts)
    {
        var devices = facts.Devices;
        var deployed = devices.Sum(fact => fact.Deployed);
        var active = devices.Sum(fact => fact.Active);
        var mappedActive = facts.Establishments.Sum(fact => fact.DevicesActive);
        var spend = facts.Establishments.Sum(fact => fact.DeviceSpend);
        var annualisedSpend = facts.Establishments.Sum(fact => fact.AnnualisedDeviceSpend);

        summary.AddHeading("Totals");
        summary.AddLine("Establishments (count)", ColumnKind.Integer, CountEstablishments(facts));
        summary.AddLine("Devices deployed, incl. unmapped (count)", ColumnKind.Integer, deployed);
        summary.AddLine("Devices active (count)", ColumnKind.Integer, active);
        summary.AddLine("Devices idle (count)", ColumnKind.Integer, devices.Sum(fact => fact.Idle));
        summary.AddLine("Devices never seen (count)", ColumnKind.Integer, devices.Sum(fact => fact.NeverSeen));
        summary.AddLine("Devices not mapped to an establishment (count)", ColumnKind.Integer,
            devices.Where(fact => fact.Uai is null).Sum(fact => fact.Deployed));
        summary.AddLine("Active device rate (%)", ColumnKind.Percent, Ratios.Rate(active, deployed));
        summary.AddLine("Device spend excl. VAT (€)", ColumnKind.Euro, spend);
        summary.AddLine("Annualised device spend excl. VAT (€)", ColumnKind.Euro, annualisedSpend);
        summary.AddLine("Cost per active device (€)", ColumnKind.Euro, Ratios.PerUnit(spend, mappedActive));
        summary.AddLine("Annualised cost per active device (€)", ColumnKind.Euro,
            Ratios.PerUnit(annualisedSpend, mappedActive));
        summary.AddLine("Platform figures hidden to protect small groups (cells)", ColumnKind.Integer,
            facts.PlatformUse.Count(fact => fact.Suppressed));
    }

    private static int CountEstablishments(FactSet facts) =>
        facts.Establishments.Select(fact => fact.Uai).Distinct(StringComparer.Ordinal).Count();
}
