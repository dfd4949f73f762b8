namespace LocalInsights.Connectors.Investment;

/// <summary>A field of <see cref="Core.Model.InvestmentLine"/> that a register column feeds.</summary>
internal enum InvestmentField
{
    Reference,
    Programme,
    Uai,
    Category,
    Item,
    Quantity,
    UnitPrice,
    AmountExcludingTax,
    VatRate,
    AmountIncludingTax,
    AcquisitionDate,
    DepreciationYears,
    FundingShare,
    SerialNumbers,
}
