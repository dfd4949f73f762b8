using System.Globalization;
using LocalInsights.Core.Model;

namespace LocalInsights.Connectors.Investment.Parsing;

/// <summary>
/// Turns one register row into an <see cref="InvestmentLine"/>, or lists every value that prevents it. Columns
/// that no field maps, such as comments, are never read: free text can name people.
/// </summary>
internal sealed class InvestmentRowParser(
    ColumnMap columns, RegisterFileSettings settings, CategoryResolver categories, string sectionPath)
{
    /// <summary>Earliest acquisition year accepted.</summary>
    internal const int FirstYear = 1990;

    /// <summary>Latest acquisition year accepted.</summary>
    internal const int LastYear = 2100;

    private static readonly char[] SerialSeparators = ['|', ',', ';', '\r', '\n'];

    public RowOutcome Parse(Reading.RegisterRecord record)
    {
        var fields = new RowFields(record, columns, settings);
        var reference = fields.Text(InvestmentField.Reference, required: true);
        var uai = fields.Text(InvestmentField.Uai, required: true);
        var item = fields.Text(InvestmentField.Item, required: true);
        var category = ReadCategory(fields);
        var quantity = ReadQuantity(fields);
        var (amount, product) = ReadAmount(fields, quantity);
        var vatRate = fields.Rate(InvestmentField.VatRate);
        var includingTax = fields.Amount(InvestmentField.AmountIncludingTax);
        var acquired = ReadAcquisitionDate(fields);
        var years = ReadDepreciationYears(fields);
        var fundingShare = fields.Rate(InvestmentField.FundingShare);
        if (fields.Problems.Count > 0)
        {
            return new RowOutcome(null, fields.Problems, uai, null);
        }

        var line = new InvestmentLine
        {
            Reference = reference!, Programme = fields.Text(InvestmentField.Programme), Uai = uai!,
            Category = category, Item = item!, Quantity = quantity ?? 1, AmountExcludingTax = amount!.Value,
            VatRate = vatRate, AmountIncludingTax = includingTax, AcquisitionDate = acquired!.Value,
            DepreciationYears = years, FundingShare = fundingShare,
            SerialNumbers = SplitSerialNumbers(fields.Text(InvestmentField.SerialNumbers)),
        };
        return new RowOutcome(line, [], uai, product);
    }

    private InvestmentCategory ReadCategory(RowFields fields)
    {
        var label = fields.Text(InvestmentField.Category);
        if (label is null)
        {
            return categories.DefaultCategory;
        }

        if (categories.TryResolve(label, out var category))
        {
            return category;
        }

        fields.Fail(InvestmentField.Category,
            $"the category is not in the category map: use one of {string.Join(", ", categories.Labels)}, "
            + $"or add it under {sectionPath}:CategoryMap");
        return categories.DefaultCategory;
    }

    private static decimal? ReadQuantity(RowFields fields)
    {
        var quantity = fields.Amount(InvestmentField.Quantity);
        if (quantity < 0)
        {
            fields.Fail(InvestmentField.Quantity, "the quantity is negative: enter a return or a credit note as a "
                + "negative amount with a positive quantity");
            return null;
        }

        return quantity;
    }

    /// <summary>
    /// Returns the amount excluding VAT: the register's own, else quantity times unit price rounded to the cent.
    /// Also returns that product when the register gives both, for the caller to compare.
    /// </summary>
    private static (decimal? Amount, decimal? Product) ReadAmount(RowFields fields, decimal? quantity)
    {
        var unitPrice = fields.Amount(InvestmentField.UnitPrice);
        var amount = fields.Amount(InvestmentField.AmountExcludingTax);
        decimal? product = unitPrice is { } price ? price * (quantity ?? 1) : null;
        if (amount is not null)
        {
            return (amount, product);
        }

        if (product is not null && fields.Cell(InvestmentField.AmountExcludingTax).IsBlank)
        {
            return (Math.Round(product.Value, 2, MidpointRounding.AwayFromZero), null);
        }

        if (fields.Cell(InvestmentField.AmountExcludingTax).IsBlank && fields.Cell(InvestmentField.UnitPrice).IsBlank)
        {
            var field = fields.Has(InvestmentField.AmountExcludingTax)
                ? InvestmentField.AmountExcludingTax
                : InvestmentField.UnitPrice;
            fields.Fail(field,
                "the amount is missing: fill the amount excluding VAT, or the quantity and the unit price");
        }

        return (null, null);
    }

    /// <summary>
    /// Reads the acquisition date, rejecting a year outside <see cref="FirstYear"/> to <see cref="LastYear"/>: such
    /// a year is a typing error, such as 0024 for 2024 or a date cell left at Excel's 1900, and the purchase would
    /// count in a month it was not made.
    /// </summary>
    private static DateOnly? ReadAcquisitionDate(RowFields fields)
    {
        var day = fields.Day(InvestmentField.AcquisitionDate);
        if (day is { Year: < FirstYear or > LastYear } implausible)
        {
            fields.Fail(InvestmentField.AcquisitionDate, string.Create(CultureInfo.InvariantCulture,
                $"implausible year {implausible.Year}: an acquisition date must fall between {FirstYear} and "
                + $"{LastYear}; correct the year in the register"));
            return null;
        }

        return day;
    }

    /// <summary>
    /// Reads the depreciation period. Zero or a negative number rejects the row rather than taking a default,
    /// because no period can be guessed from it. A blank cell means the register gives none.
    /// </summary>
    private static int? ReadDepreciationYears(RowFields fields)
    {
        var years = fields.WholeNumber(InvestmentField.DepreciationYears);
        if (years <= 0)
        {
            fields.Fail(InvestmentField.DepreciationYears, "the depreciation period must be at least 1 year: enter "
                + "the number of years, or leave the cell blank when the register gives none");
            return null;
        }

        return years;
    }

    private static string[] SplitSerialNumbers(string? text) =>
        text is null
            ? []
            : text.Split(SerialSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Distinct(StringComparer.Ordinal)
                .ToArray();
}
