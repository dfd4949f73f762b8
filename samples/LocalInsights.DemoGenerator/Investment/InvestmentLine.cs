namespace LocalInsights.DemoGenerator.Investment;

/// <summary>
/// One line of the investment register. Amounts are consistent: Montant HT = Quantité × Prix unitaire HT and
/// Montant TTC = Montant HT × (1 + TVA), both rounded to the cent. The *Text overrides hold the deliberate faults,
/// written in place of the formatted value.
/// </summary>
internal sealed class InvestmentLine
{
    public string Reference { get; set; } = string.Empty;

    public required string Programme { get; init; }

    public required string UaiText { get; set; }

    /// <summary>Matériel, Licence, Plateforme or Service.</summary>
    public required string Category { get; init; }

    public required string Designation { get; init; }

    public required int Quantity { get; set; }

    public required decimal UnitPrice { get; init; }

    public required decimal VatRate { get; init; }

    public required DateOnly AcquisitionDate { get; init; }

    public required int DepreciationYears { get; init; }

    public required decimal FundingShare { get; init; }

    public IReadOnlyList<string> SerialNumbers { get; init; } = [];

    public string Comment { get; set; } = string.Empty;

    public string? AcquisitionDateText { get; set; }

    public string? AmountExcludingTaxText { get; set; }

    /// <summary>The kind of deliberate fault on this line, one of FaultKinds, or null on a correct line.</summary>
    public string? FaultKind { get; set; }

    /// <summary>What is deliberately wrong on this line, for FAULTS.md.</summary>
    public string? Fault { get; set; }

    public decimal AmountExcludingTax => Math.Round(Quantity * UnitPrice, 2, MidpointRounding.AwayFromZero);

    public decimal AmountIncludingTax =>
        Math.Round(AmountExcludingTax * (1 + VatRate), 2, MidpointRounding.AwayFromZero);
}
