using System.Globalization;

namespace LocalInsights.DemoGenerator.Investment;

/// <summary>
/// Values as French Excel writes them to CSV: decimal comma, a non-breaking space (U+00A0) between thousands,
/// a plain space before "€" and "%", dates dd/MM/yyyy.
/// </summary>
internal static class FrenchFormat
{
    private const char NoBreakSpace = '\u00A0';

    public static string Euros(decimal amount) => $"{Number(amount, 2)} €";

    /// <summary>Formats a rate given as a fraction: 0.20 gives "20 %", 0.055 gives "5,5 %".</summary>
    public static string Percent(decimal fraction) => $"{Number(fraction * 100, fraction * 100 % 1 == 0 ? 0 : 1)} %";

    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>Formats a count as a General-format cell shows it: digits only, no thousands separator.</summary>
    public static string Integer(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Number(decimal value, int decimals)
    {
        var format = "N" + decimals.ToString(CultureInfo.InvariantCulture);
        var invariant = value.ToString(format, CultureInfo.InvariantCulture);
        return invariant.Replace(',', NoBreakSpace).Replace('.', ',');
    }
}
