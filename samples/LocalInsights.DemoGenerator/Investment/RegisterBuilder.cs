using LocalInsights.DemoGenerator.Devices;
using LocalInsights.DemoGenerator.OpenData;
using LocalInsights.DemoGenerator.Output;

namespace LocalInsights.DemoGenerator.Investment;

/// <summary>
/// Builds the investment register: one line per delivery of devices, with its serial numbers when the delivery
/// is mapped by serial number, plus the carts, services, platforms and licences bought around them.
/// </summary>
internal sealed class RegisterBuilder
{
    private const decimal StandardVat = 0.20m;
    private const decimal ReducedVat = 0.055m;

    private readonly SeededRandom _random;
    private readonly List<InvestmentLine> _lines = [];

    public RegisterBuilder(SeededRandom random) => _random = random;

    /// <param name="invalidCodes">Codes of the enrolment file that fail the check rule. Each gets one line, as
    /// in a register built from that file.</param>
    public List<InvestmentLine> Build(IEnumerable<PurchaseBatch> batches, IReadOnlyList<Establishment> secondary,
        IEnumerable<InvalidEnrolmentCode> invalidCodes)
    {
        foreach (var batch in batches.Where(batch => batch.IsInRegister))
        {
            AddDelivery(batch);
        }

        foreach (var establishment in secondary)
        {
            AddSecondaryExtras(establishment);
        }

        foreach (var code in invalidCodes)
        {
            AddInvalidCodeLine(code);
        }

        _lines.Sort(CompareLines);
        NumberLines();
        return _lines;
    }

    private void AddDelivery(PurchaseBatch batch)
    {
        var bySerial = batch.Method == MappingMethod.SerialNumber;
        Add(batch.Programme!, batch.Establishment, "Matériel", batch.Model.Designation, batch.SerialNumbers.Count,
            batch.UnitPrice, batch.AcquisitionDate!.Value, batch.Model.DepreciationYears, bySerial
                ? new LineDetails(batch.SerialNumbers, "Numéros de série relevés à la livraison")
                : LineDetails.None);

        var count = batch.SerialNumbers.Count;
        if (batch.Model.Kind == DeviceKind.Tablet && count >= 16 && _random.Chance(0.5))
        {
            Add(batch.Programme!, batch.Establishment, "Matériel", "Chariot de charge 16 tablettes; recharge incluse",
                (count + 15) / 16, Price(1390m), batch.AcquisitionDate.Value, 7, LineDetails.None);
        }

        if (batch.Model.IsWindows && count >= 40)
        {
            Add(batch.Programme!, batch.Establishment, "Service", "Déploiement et masterisation des postes",
                count, Price(28m), batch.AcquisitionDate.Value, 1, LineDetails.None);
        }

        if (batch.Programme == Programmes.SocleNumerique)
        {
            Add(batch.Programme, batch.Establishment, "Plateforme",
                "ENT primaire – abonnement 2 ans (volet services et ressources)",
                batch.Establishment.ElementaryPupils ?? 0, Price(4m), batch.AcquisitionDate.Value, 2, LineDetails.None);
        }
    }

    private void AddSecondaryExtras(Establishment establishment)
    {
        var programme = establishment.Kind == EstablishmentKind.Lycee
            ? Programmes.RegionLycees
            : Programmes.DepartementColleges;
        Add(programme, establishment, "Plateforme", "Abonnement ENT – année scolaire 2025-2026",
            establishment.SizingPupils, Price(1.35m), new DateOnly(2025, 9, 1).AddDays(_random.Next(20)), 1,
            LineDetails.None);

        for (var year = 2022; year <= 2026; year++)
        {
            if (establishment.Kind == EstablishmentKind.College && _random.Chance(0.15))
            {
                Add(programme, establishment, "Licence", "Manuels numériques élèves (licences 1 an)",
                    (int)(establishment.SizingPupils * _random.NextDouble(0.25, 1)), Price(8.5m),
                    new DateOnly(year, 8, 20).AddDays(_random.Next(30)), 1, LineDetails.None, ReducedVat);
            }

            if (_random.Chance(0.06))
            {
                Add(programme, establishment, "Matériel", "Écran numérique interactif 75'' avec support mobile",
                    _random.Next(2, 7), Price(3150m), new DateOnly(year, 6, 1).AddDays(_random.Next(120)), 7,
                    LineDetails.None);
            }
        }
    }

    private void AddInvalidCodeLine(InvalidEnrolmentCode code)
    {
        var programme = code.TypeLabel == "COLLEGE" ? Programmes.DepartementColleges : Programmes.RegionLycees;
        var line = Add(programme, code.Code, "Licence", "Ressources numériques pédagogiques (abonnement 1 an)",
            code.Pupils, Price(3.2m), new DateOnly(2025, 10, 1).AddDays(_random.Next(45)), 1, LineDetails.None);
        line.FaultKind = FaultKinds.InvalidUai;
        line.Fault = $"{code.Code}: check letter O is never valid (code copied from the enrolment file)";
    }

    private InvestmentLine Add(string programme, Establishment establishment, string category, string designation,
        int quantity, decimal unitPrice, DateOnly date, int years, LineDetails details, decimal vat = StandardVat) =>
        Add(programme, establishment.Uai, category, designation, quantity, unitPrice, date, years, details, vat);

    private InvestmentLine Add(string programme, string uai, string category, string designation,
        int quantity, decimal unitPrice, DateOnly date, int years, LineDetails details, decimal vat = StandardVat)
    {
        var line = new InvestmentLine
        {
            Programme = programme,
            UaiText = uai,
            Category = category,
            Designation = designation,
            Quantity = quantity,
            UnitPrice = unitPrice,
            VatRate = vat,
            AcquisitionDate = date,
            DepreciationYears = years,
            FundingShare = Programmes.FundingShare(programme, category == "Matériel"),
            SerialNumbers = details.SerialNumbers,
            Comment = details.Comment,
        };
        _lines.Add(line);
        return line;
    }

    private decimal Price(decimal typical) => Math.Round(typical * (decimal)_random.NextDouble(0.95, 1.05), 2);

    private static int CompareLines(InvestmentLine a, InvestmentLine b)
    {
        var byDate = a.AcquisitionDate.CompareTo(b.AcquisitionDate);
        if (byDate != 0)
        {
            return byDate;
        }

        var byUai = string.CompareOrdinal(a.UaiText, b.UaiText);
        return byUai != 0 ? byUai : string.CompareOrdinal(a.Designation, b.Designation);
    }

    /// <summary>Gives each line its inventory number INV-{year}-{nnnn}, in date order within a year.</summary>
    private void NumberLines()
    {
        foreach (var year in _lines.GroupBy(line => line.AcquisitionDate.Year))
        {
            var number = 0;
            foreach (var line in year)
            {
                line.Reference = $"INV-{year.Key}-{++number:D4}";
            }
        }
    }

    private sealed record LineDetails(IReadOnlyList<string> SerialNumbers, string Comment)
    {
        public static readonly LineDetails None = new([], string.Empty);
    }
}
