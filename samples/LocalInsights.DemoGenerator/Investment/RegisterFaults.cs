using LocalInsights.DemoGenerator.Output;

namespace LocalInsights.DemoGenerator.Investment;

/// <summary>
/// The deliberate faults and awkward but valid values of the register files. Each fault is put on a line chosen
/// at random among the lines it makes sense on.
/// </summary>
internal static class RegisterFaults
{
    /// <summary>Faults of the 2025-2026 CSV export.</summary>
    public static void ApplyToCsv(IReadOnlyList<InvestmentLine> lines, SeededRandom random)
    {
        var plain = lines.Where(line => line.Fault is null && line.SerialNumbers.Count == 0).ToList();

        var badDate = Pick(plain.Where(line => line.AcquisitionDate.Year == 2025), random);
        badDate.AcquisitionDateText = "31/11/2025";
        badDate.FaultKind = FaultKinds.MalformedRow;
        badDate.Fault = "unparseable date 31/11/2025 (November has 30 days)";

        var negative = Pick(plain.Where(line => line.Category == "Matériel" && line.Fault is null), random);
        negative.Quantity = -negative.Quantity;
        negative.FaultKind = FaultKinds.MalformedRow;
        negative.Fault = $"negative quantity {negative.Quantity} on a purchase (amounts follow it)";

        var lowerCase = Pick(plain.Where(line => line.Fault is null && line.Programme == Programmes.RegionLycees),
            random);
        lowerCase.UaiText = $" {lowerCase.UaiText.ToLowerInvariant()} ";
        lowerCase.FaultKind = FaultKinds.UaiNeedsNormalisation;
        lowerCase.Fault = $"\"{lowerCase.UaiText}\": lower case with spaces, valid once trimmed and upper-cased";

        var incomplete = Pick(plain.Where(line => line.Category == "Matériel" && line.Fault is null), random);
        incomplete.Comment = "Livré incomplet :\r\n2 postes manquants, livraison complémentaire prévue";
    }

    /// <summary>Faults of the 2022-2024 workbook.</summary>
    public static void ApplyToWorkbook(IReadOnlyList<InvestmentLine> lines, SeededRandom random)
    {
        var badAmount = Pick(lines.Where(line => line.SerialNumbers.Count == 0), random);
        badAmount.AmountExcludingTaxText = "12,5,0 €";
        badAmount.FaultKind = FaultKinds.MalformedRow;
        badAmount.Fault = "Montant HT \"12,5,0 €\" is not a number (text in an amount cell)";

        var multiLine = Pick(lines.Where(line => line.Fault is null && line.Category == "Matériel"), random);
        multiLine.Comment = "Livraison en deux fois :\n1er envoi en juin, solde en septembre";
    }

    private static InvestmentLine Pick(IEnumerable<InvestmentLine> candidates, SeededRandom random)
    {
        var list = candidates.ToList();
        return list.Count > 0
            ? random.Pick(list)
            : throw new InvalidOperationException(
                "No register line can carry this fault: check the rules that choose the line.");
    }
}
