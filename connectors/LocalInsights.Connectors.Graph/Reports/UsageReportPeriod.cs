using System.Globalization;

namespace LocalInsights.Connectors.Graph.Reports;

/// <summary>
/// The days a usage report covers: a period (<c>D7</c>, <c>D30</c>, <c>D90</c>, <c>D180</c>) or one day.
/// </summary>
internal readonly record struct UsageReportPeriod(string? Period, DateOnly? Day)
{
    private static readonly string[] Periods = ["D7", "D30", "D90", "D180"];

    public static bool TryParse(string? text, out UsageReportPeriod period)
    {
        period = default;
        var trimmed = text?.Trim() ?? string.Empty;
        var known = Periods.FirstOrDefault(value => string.Equals(value, trimmed, StringComparison.OrdinalIgnoreCase));
        if (known is not null)
        {
            period = new UsageReportPeriod(known, null);
            return true;
        }

        if (DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None,
                out var day))
        {
            period = new UsageReportPeriod(null, day);
            return true;
        }

        return false;
    }

    public override string ToString() =>
        Period ?? Day!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
