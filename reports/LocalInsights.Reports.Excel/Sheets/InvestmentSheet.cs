using LocalInsights.Core.Aggregation;
using LocalInsights.Reports.Excel.Tables;

namespace LocalInsights.Reports.Excel.Sheets;

/// <summary>Columns of the Investment sheet: spend of one establishment, programme and category.</summary>
internal static class InvestmentSheet
{
    public const string TableName = "Investment";

    public static IReadOnlyList<ReportColumn<InvestmentFact>> Columns(EstablishmentNames names) =>
    [
        new("UAI", ColumnKind.Text, fact => fact.Uai),
        new("Establishment", ColumnKind.Text, fact => names.Find(fact.Uai)),
        new("Programme", ColumnKind.Text, fact => fact.Programme),
        new("Category", ColumnKind.Text, fact => ReportWords.Of(fact.Category)),
        new("Register lines (count)", ColumnKind.Integer, fact => fact.Lines),
        new("Quantity (units)", ColumnKind.Quantity, fact => fact.Quantity),
        new("Amount excl. VAT (€)", ColumnKind.Euro, fact => fact.AmountExcludingTax),
        new("Amount incl. VAT (€)", ColumnKind.Euro, fact => fact.AmountIncludingTax),
        new("Annualised amount excl. VAT (€)", ColumnKind.Euro, fact => fact.AnnualisedAmount),
        new("First acquisition (date)", ColumnKind.Date, fact => fact.FirstAcquisition),
        new("Last acquisition (date)", ColumnKind.Date, fact => fact.LastAcquisition),
        new("Active devices (count)", ColumnKind.Integer, fact => fact.ActiveDevices),
        new("Cost per active device (€)", ColumnKind.Euro, fact => fact.CostPerActiveDevice),
    ];

    public static IReadOnlyList<InvestmentFact> Order(IEnumerable<InvestmentFact> facts) =>
        facts.OrderBy(fact => fact.Uai, StringComparer.Ordinal)
            .ThenBy(fact => fact.Programme, StringComparer.Ordinal)
            .ThenBy(fact => fact.Category)
            .ToList();
}
