using LocalInsights.Core.Aggregation;
using LocalInsights.Reports.Excel.Tables;

namespace LocalInsights.Reports.Excel.Sheets;

/// <summary>Columns of the Licences sheet: licence units of one SKU and month.</summary>
internal static class LicencesSheet
{
    public const string TableName = "Licences";

    public static IReadOnlyList<ReportColumn<LicenceFact>> Columns { get; } =
    [
        new("SKU", ColumnKind.Text, fact => fact.SkuPartNumber),
        new("Month", ColumnKind.Month, fact => fact.Month),
        new("Purchased (units)", ColumnKind.Integer, fact => fact.Purchased),
        new("Assigned (units)", ColumnKind.Integer, fact => fact.Assigned),
        new("Active (units)", ColumnKind.Integer, fact => fact.Active),
        new("Unit price excl. VAT (€)", ColumnKind.Euro, fact => fact.UnitPrice),
        new("Unused spend excl. VAT (€)", ColumnKind.Euro, fact => fact.UnusedSpend),
    ];

    public static IReadOnlyList<LicenceFact> Order(IEnumerable<LicenceFact> facts) =>
        facts.OrderBy(fact => fact.SkuPartNumber, StringComparer.Ordinal).ThenBy(fact => fact.Month).ToList();
}
