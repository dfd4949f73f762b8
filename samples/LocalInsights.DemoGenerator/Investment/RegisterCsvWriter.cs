using LocalInsights.DemoGenerator.Output;

namespace LocalInsights.DemoGenerator.Investment;

/// <summary>
/// Writes investment/registre-investissements-2025.csv as French Excel saves "CSV (séparateur : point-virgule)":
/// Windows-1252 without byte order mark, a "sep=;" first line, ';', CRLF, values quoted only when needed.
/// </summary>
internal static class RegisterCsvWriter
{
    public const string RelativePath = "investment/registre-investissements-2025.csv";

    public static void Write(string outputFolder, IReadOnlyList<InvestmentLine> lines, FaultLog log)
    {
        var path = Path.Combine(outputFolder, RelativePath);
        using var writer = new DelimitedWriter(
            path, TextEncodings.Windows1252(), ';', "\r\n", DelimitedWriter.WhenNeeded);
        writer.WriteDirective("sep=;");
        writer.WriteRecord(RegisterColumns.Header);
        foreach (var line in lines)
        {
            var number = writer.WriteRecord(Values(line));
            if (line.FaultKind is not null)
            {
                log.Add(line.FaultKind, RelativePath, number, $"{line.Reference}: {line.Fault}",
                    $"{line.UaiText.Trim()} ({line.Reference})");
            }
        }

        log.Count("Investment register", "CSV 2025-2026 lines", lines.Count);
        log.Amount("Investment register", "CSV 2025-2026 total Montant HT, all lines",
            lines.Sum(line => line.AmountExcludingTax));
        log.Count("Investment register", "CSV 2025-2026 physical lines (sep=; and header included)",
            writer.NextLine - 1);
    }

    private static string[] Values(InvestmentLine line) =>
    [
        line.Reference,
        line.Programme,
        line.UaiText,
        line.Category,
        line.Designation,
        FrenchFormat.Integer(line.Quantity),
        FrenchFormat.Euros(line.UnitPrice),
        line.AmountExcludingTaxText ?? FrenchFormat.Euros(line.AmountExcludingTax),
        FrenchFormat.Percent(line.VatRate),
        FrenchFormat.Euros(line.AmountIncludingTax),
        line.AcquisitionDateText ?? FrenchFormat.Date(line.AcquisitionDate),
        FrenchFormat.Integer(line.DepreciationYears),
        FrenchFormat.Percent(line.FundingShare),
        string.Join(RegisterColumns.SerialSeparator, line.SerialNumbers),
        line.Comment,
    ];
}
