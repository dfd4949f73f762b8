using LocalInsights.Core.Aggregation;
using LocalInsights.Reports.Excel.Tables;

namespace LocalInsights.Reports.Excel.Sheets;

/// <summary>Columns of the Establishments sheet: one row per establishment and month.</summary>
internal static class EstablishmentsSheet
{
    public const string TableName = "Establishments";

    public static IReadOnlyList<ReportColumn<EstablishmentFact>> Columns { get; } =
    [
        new("UAI", ColumnKind.Text, fact => fact.Uai),
        new("Establishment", ColumnKind.Text, fact => fact.Name),
        new("Kind", ColumnKind.Text, fact => ReportWords.Of(fact.Kind)),
        new("Commune", ColumnKind.Text, fact => fact.Commune),
        new("Funder", ColumnKind.Text, fact => ReportWords.Of(fact.Funder)),
        new("Month", ColumnKind.Month, fact => fact.Month),
        new("Pupils (count)", ColumnKind.Integer, fact => fact.Pupils),
        new("Devices deployed (count)", ColumnKind.Integer, fact => fact.DevicesDeployed),
        new("Devices active (count)", ColumnKind.Integer, fact => fact.DevicesActive),
        new("Devices idle (count)", ColumnKind.Integer, fact => fact.DevicesIdle),
        new("Devices never seen (count)", ColumnKind.Integer, fact => fact.DevicesNeverSeen),
        new("Active device rate (%)", ColumnKind.Percent,
            fact => Ratios.Rate(fact.DevicesActive, fact.DevicesDeployed)),
        new("Active students (people)", ColumnKind.Integer, fact => fact.ActiveStudents),

        // NOTE: the ratio is hidden with the count, because the ratio and the pupil count give the count back.
        new("Active students per 100 pupils", ColumnKind.Decimal,
            fact => fact.ActiveStudents is null ? null : fact.ActiveStudentsPer100Pupils),
        new("Account activation rate (%)", ColumnKind.Percent, fact => fact.AccountActivationRate),
        new("Device spend excl. VAT (€)", ColumnKind.Euro, fact => fact.DeviceSpend),
        new("Annualised device spend excl. VAT (€)", ColumnKind.Euro, fact => fact.AnnualisedDeviceSpend),
        new("Cost per active device (€)", ColumnKind.Euro, fact => fact.CostPerActiveDevice),
        new("Annualised cost per active device (€)", ColumnKind.Euro, fact => fact.AnnualisedCostPerActiveDevice),
    ];

    public static IReadOnlyList<EstablishmentFact> Order(IEnumerable<EstablishmentFact> facts) =>
        facts.OrderBy(fact => fact.Uai, StringComparer.Ordinal).ThenBy(fact => fact.Month).ToList();
}
