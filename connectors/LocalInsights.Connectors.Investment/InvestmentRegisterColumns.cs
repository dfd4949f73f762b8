namespace LocalInsights.Connectors.Investment;

/// <summary>
/// Header of the register column that feeds each field, matched ignoring case, accents and repeated spaces.
/// The defaults are the French headers of a finance register. Set a field to an empty string when the register
/// has no such column.
/// </summary>
/// <remarks>
/// Reference, Uai, Item and AcquisitionDate are required, and so is an amount: AmountExcludingTax, or UnitPrice
/// (times Quantity, 1 when absent). Columns that no field names, such as comments, are never read.
/// </remarks>
public sealed class InvestmentRegisterColumns
{
    /// <summary>Inventory number of the line. Required. Default <c>N° inventaire</c>.</summary>
    public string? Reference { get; set; } = "N° inventaire";

    /// <summary>Funding programme. Default <c>Programme</c>.</summary>
    public string? Programme { get; set; } = "Programme";

    /// <summary>UAI code of the establishment. Required. Default <c>Établissement (UAI)</c>.</summary>
    public string? Uai { get; set; } = "Établissement (UAI)";

    /// <summary>Category label, translated by the category map. Default <c>Catégorie</c>.</summary>
    public string? Category { get; set; } = "Catégorie";

    /// <summary>What was bought. Required. Default <c>Désignation</c>.</summary>
    public string? Item { get; set; } = "Désignation";

    /// <summary>Number of units, 1 when the column is absent. Default <c>Quantité</c>.</summary>
    public string? Quantity { get; set; } = "Quantité";

    /// <summary>Unit price excluding VAT, in euros. Default <c>Prix unitaire HT</c>.</summary>
    public string? UnitPrice { get; set; } = "Prix unitaire HT";

    /// <summary>Amount of the line excluding VAT, in euros. Default <c>Montant HT</c>.</summary>
    public string? AmountExcludingTax { get; set; } = "Montant HT";

    /// <summary>VAT rate: <c>20 %</c>, <c>5,5 %</c>, <c>0,2</c> or <c>20</c>. Default <c>TVA</c>.</summary>
    public string? VatRate { get; set; } = "TVA";

    /// <summary>Amount of the line including VAT, in euros. Default <c>Montant TTC</c>.</summary>
    public string? AmountIncludingTax { get; set; } = "Montant TTC";

    /// <summary>Date of purchase or delivery. Required. Default <c>Date d'acquisition</c>.</summary>
    public string? AcquisitionDate { get; set; } = "Date d'acquisition";

    /// <summary>Depreciation period in whole years. Default <c>Durée amort. (ans)</c>.</summary>
    public string? DepreciationYears { get; set; } = "Durée amort. (ans)";

    /// <summary>
    /// Share paid by the programme's funder: <c>50 %</c> or <c>0,5</c>. Default <c>Part financée</c>.
    /// </summary>
    public string? FundingShare { get; set; } = "Part financée";

    /// <summary>
    /// Serial numbers separated by <c>|</c>, <c>,</c>, <c>;</c> or line breaks. Default <c>Numéros de série</c>.
    /// </summary>
    public string? SerialNumbers { get; set; } = "Numéros de série";

    internal string? NameOf(InvestmentField field) => field switch
    {
        InvestmentField.Reference => Reference,
        InvestmentField.Programme => Programme,
        InvestmentField.Uai => Uai,
        InvestmentField.Category => Category,
        InvestmentField.Item => Item,
        InvestmentField.Quantity => Quantity,
        InvestmentField.UnitPrice => UnitPrice,
        InvestmentField.AmountExcludingTax => AmountExcludingTax,
        InvestmentField.VatRate => VatRate,
        InvestmentField.AmountIncludingTax => AmountIncludingTax,
        InvestmentField.AcquisitionDate => AcquisitionDate,
        InvestmentField.DepreciationYears => DepreciationYears,
        InvestmentField.FundingShare => FundingShare,
        InvestmentField.SerialNumbers => SerialNumbers,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Unknown investment field."),
    };
}
