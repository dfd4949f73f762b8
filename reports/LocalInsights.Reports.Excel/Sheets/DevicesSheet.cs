using LocalInsights.Core.Aggregation;
using LocalInsights.Reports.Excel.Tables;

namespace LocalInsights.Reports.Excel.Sheets;

/// <summary>Columns of the Devices sheet: one row per establishment, model and operating system.</summary>
internal static class DevicesSheet
{
    public const string TableName = "Devices";

    public static IReadOnlyList<ReportColumn<DeviceFact>> Columns(EstablishmentNames names) =>
    [
        new("UAI", ColumnKind.Text, fact => fact.Uai ?? ReportWords.Unmapped),
        new("Establishment", ColumnKind.Text, fact => names.Find(fact.Uai)),
        new("Month", ColumnKind.Month, fact => fact.Month),
        new("Model", ColumnKind.Text, fact => fact.Model),
        new("Operating system", ColumnKind.Text, fact => fact.OperatingSystem),
        new("Source", ColumnKind.Text, fact => fact.Source),
        new("Deployed (count)", ColumnKind.Integer, fact => fact.Deployed),
        new("Active (count)", ColumnKind.Integer, fact => fact.Active),
        new("Idle (count)", ColumnKind.Integer, fact => fact.Idle),
        new("Never seen (count)", ColumnKind.Integer, fact => fact.NeverSeen),
        new("Active rate (%)", ColumnKind.Percent, fact => Ratios.Rate(fact.Active, fact.Deployed)),
    ];

    /// <summary>Orders by establishment, with unmapped devices last, then model, system and source.</summary>
    public static IReadOnlyList<DeviceFact> Order(IEnumerable<DeviceFact> facts) =>
        facts.OrderBy(fact => fact.Uai is null)
            .ThenBy(fact => fact.Uai, StringComparer.Ordinal)
            .ThenBy(fact => fact.Month)
            .ThenBy(fact => fact.Model, StringComparer.Ordinal)
            .ThenBy(fact => fact.OperatingSystem, StringComparer.Ordinal)
            .ThenBy(fact => fact.Source, StringComparer.Ordinal)
            .ToList();
}
