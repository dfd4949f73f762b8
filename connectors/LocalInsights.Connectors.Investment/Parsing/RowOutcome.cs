using LocalInsights.Core.Model;

namespace LocalInsights.Connectors.Investment.Parsing;

/// <summary>
/// A parsed register row: the line, whose UAI is still unchecked, or the problems that prevent it.
/// </summary>
/// <param name="Line">The line with its UAI as written, or null when <paramref name="Problems"/> is not empty.</param>
/// <param name="Problems">Every value of the row that cannot be used.</param>
/// <param name="UaiText">The UAI as written, to check or to report.</param>
/// <param name="QuantityTimesUnitPrice">
/// Quantity times unit price when the row also gives the amount excluding VAT, to compare the two.
/// </param>
internal sealed record RowOutcome(
    InvestmentLine? Line, IReadOnlyList<RowProblem> Problems, string? UaiText, decimal? QuantityTimesUnitPrice);
