using System.Globalization;

namespace LocalInsights.Core.Connectors;

/// <summary>
/// The calendar month a run covers, from its first to its last day inclusive. Rerunning the same window
/// replaces what the previous run stored for it.
/// </summary>
public readonly record struct PullWindow(DateOnly From, DateOnly To)
{
    /// <summary>Window label used in storage paths, such as <c>2024-09</c>.</summary>
    public string Label => From.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static PullWindow ForMonth(int year, int month)
    {
        var from = new DateOnly(year, month, 1);
        return new PullWindow(from, from.AddMonths(1).AddDays(-1));
    }

    /// <summary>Parses a month written <c>yyyy-MM</c>.</summary>
    public static PullWindow ParseMonth(string text)
    {
        if (!DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            throw new FormatException($"'{text}' is not a month: write it as yyyy-MM, for example 2024-09.");
        }

        return ForMonth(month.Year, month.Month);
    }

    public bool Contains(DateOnly day) => day >= From && day <= To;

    public override string ToString() => $"{From:yyyy-MM-dd}..{To:yyyy-MM-dd}";
}
