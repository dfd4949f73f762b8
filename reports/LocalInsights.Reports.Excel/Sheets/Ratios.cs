namespace LocalInsights.Reports.Excel.Sheets;

/// <summary>Ratios the report derives from counts of the facts.</summary>
internal static class Ratios
{
    /// <summary>Returns <paramref name="part"/> / <paramref name="whole"/>, or null when the whole is zero.</summary>
    public static decimal? Rate(long part, long whole) => whole == 0 ? null : (decimal)part / whole;

    /// <summary>Returns <paramref name="amount"/> / <paramref name="count"/>, or null when the count is zero.</summary>
    public static decimal? PerUnit(decimal amount, long count) => count == 0 ? null : amount / count;
}
