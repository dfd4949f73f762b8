using System.Globalization;
using LocalInsights.Connectors.Investment.Parsing;
using LocalInsights.Core.Model;

namespace LocalInsights.Connectors.Investment;

/// <summary>
/// Compares the amounts of a line that the register gives twice. A difference beyond one cent is observed, never
/// corrected: the amount excluding VAT is kept as written, because it is the figure the accounts hold.
/// </summary>
internal static class AmountChecks
{
    /// <summary>Largest difference, in euros, taken as rounding.</summary>
    public const decimal Tolerance = 0.01m;

    public static IEnumerable<string> FindMismatches(
        InvestmentLine line, decimal? quantityTimesUnitPrice, ColumnMap columns)
    {
        var amountColumn = columns.HeaderOf(InvestmentField.AmountExcludingTax);
        var amount = Euros(line.AmountExcludingTax);
        if (quantityTimesUnitPrice is { } product && Math.Abs(line.AmountExcludingTax - product) > Tolerance)
        {
            var quantityColumn = columns.HeaderOf(InvestmentField.Quantity);
            var priceColumn = columns.HeaderOf(InvestmentField.UnitPrice);
            yield return $"{amountColumn} {amount} differs from {quantityColumn} × {priceColumn} = {Euros(product)}; "
                + $"{amountColumn} is kept";
        }

        if (line.VatRate is { } rate && line.AmountIncludingTax is { } includingTax)
        {
            var expected = line.AmountExcludingTax * (1 + rate);
            if (Math.Abs(includingTax - expected) > Tolerance)
            {
                var includingColumn = columns.HeaderOf(InvestmentField.AmountIncludingTax);
                var rateColumn = columns.HeaderOf(InvestmentField.VatRate);
                yield return $"{includingColumn} {Euros(includingTax)} differs from "
                    + $"{amountColumn} × (1 + {rateColumn}) = {Euros(expected)}; both are kept as written";
            }
        }
    }

    private static string Euros(decimal amount) => amount.ToString("0.00##", CultureInfo.InvariantCulture);
}
