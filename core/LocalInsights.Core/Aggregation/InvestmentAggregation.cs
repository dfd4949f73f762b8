using LocalInsights.Core.Connectors;
using LocalInsights.Core.Model;

namespace LocalInsights.Core.Aggregation;

/// <summary>
/// Spend per establishment, programme and category from the investment register, up to the end of the month.
/// </summary>
/// <remarks>
/// The annualised amount of a line is its amount divided by its depreciation years. It counts only while the
/// month falls inside that depreciation period, and lines bought after the month are left out.
/// </remarks>
internal sealed class InvestmentAggregation(PullWindow window, AggregationOptions options)
{
    private readonly Dictionary<(string Uai, string Programme, InvestmentCategory Category), Totals> _totals = [];
    private readonly HashSet<string> _references = new(StringComparer.Ordinal);

    public long DuplicateReferences { get; private set; }

    public void Add(InvestmentLine line)
    {
        if (line.AcquisitionDate > window.To)
        {
            return;
        }

        if (!_references.Add(line.Uai + "\u001F" + line.Reference))
        {
            DuplicateReferences++;
        }

        var programme = string.IsNullOrWhiteSpace(line.Programme) ? "(none)" : line.Programme.Trim();
        var key = (line.Uai, programme, line.Category);
        if (!_totals.TryGetValue(key, out var totals))
        {
            totals = new Totals();
            _totals[key] = totals;
        }

        totals.Add(line, Annualised(line));
    }

    public decimal DeviceSpend(string uai) => Sum(uai, totals => totals.AmountExcludingTax);

    public decimal AnnualisedDeviceSpend(string uai) => Sum(uai, totals => totals.Annualised);

    public IEnumerable<string> Establishments => _totals.Keys.Select(key => key.Uai).Distinct(StringComparer.Ordinal);

    public IReadOnlyList<InvestmentFact> ToFacts(Func<string, long> activeDevices) =>
        _totals.OrderBy(pair => pair.Key.Uai, StringComparer.Ordinal)
            .ThenBy(pair => pair.Key.Programme, StringComparer.Ordinal)
            .ThenBy(pair => pair.Key.Category)
            .Select(pair =>
            {
                long? active = pair.Key.Category == InvestmentCategory.Device ? activeDevices(pair.Key.Uai) : null;
                return new InvestmentFact
                {
                    Uai = pair.Key.Uai, Programme = pair.Key.Programme, Category = pair.Key.Category,
                    Lines = pair.Value.Lines, Quantity = pair.Value.Quantity,
                    AmountExcludingTax = pair.Value.AmountExcludingTax,
                    AmountIncludingTax = Round(pair.Value.AmountIncludingTax),
                    AnnualisedAmount = Math.Round(pair.Value.Annualised, 2),
                    FirstAcquisition = pair.Value.First, LastAcquisition = pair.Value.Last, ActiveDevices = active,
                    CostPerActiveDevice = active > 0
                        ? Math.Round(pair.Value.AmountExcludingTax / active.Value, 2)
                        : null,
                };
            })
            .ToList();

    private static decimal? Round(decimal? amount) => amount is { } value ? Math.Round(value, 2) : null;

    private decimal Annualised(InvestmentLine line)
    {
        var years = line.DepreciationYears is > 0 ? line.DepreciationYears.Value : options.DefaultDepreciationYears;
        var end = line.AcquisitionDate.AddYears(years);
        return end > window.From ? line.AmountExcludingTax / years : 0m;
    }

    private decimal Sum(string uai, Func<Totals, decimal> value) =>
        _totals.Where(pair => pair.Key.Uai == uai && pair.Key.Category == InvestmentCategory.Device)
            .Sum(pair => value(pair.Value));

    private sealed class Totals
    {
        public int Lines { get; private set; }

        public decimal Quantity { get; private set; }

        public decimal AmountExcludingTax { get; private set; }

        public decimal? AmountIncludingTax { get; private set; }

        public decimal Annualised { get; private set; }

        public DateOnly? First { get; private set; }

        public DateOnly? Last { get; private set; }

        public void Add(InvestmentLine line, decimal annualised)
        {
            Lines++;
            Quantity += line.Quantity;
            AmountExcludingTax += line.AmountExcludingTax;
            AmountIncludingTax = (AmountIncludingTax ?? 0) + (line.AmountIncludingTax
                ?? line.AmountExcludingTax * (1 + (line.VatRate ?? 0)));
            Annualised += annualised;
            First = First is null || line.AcquisitionDate < First ? line.AcquisitionDate : First;
            Last = Last is null || line.AcquisitionDate > Last ? line.AcquisitionDate : Last;
        }
    }
}
