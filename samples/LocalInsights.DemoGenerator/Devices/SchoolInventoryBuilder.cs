using LocalInsights.DemoGenerator.OpenData;

namespace LocalInsights.DemoGenerator.Devices;

/// <summary>
/// Builds the computers of the public écoles (equipped by their communes) that the GLPI export lists: older
/// machines bought before 2022, socle numérique deliveries of 2022 and the communes' own purchases since.
/// </summary>
internal sealed class SchoolInventoryBuilder
{
    public const int ComputerCount = 3000;

    private static readonly (string Status, double Weight)[] Statuses =
        [("En service", 0.93), ("En stock", 0.04), ("En réparation", 0.03)];

    private readonly SeededRandom _random;
    private readonly SerialNumberFactory _serials;
    private readonly SchoolComputerNames _names;

    public SchoolInventoryBuilder(SeededRandom random, SerialNumberFactory serials)
    {
        _random = random;
        _serials = serials;
        _names = new SchoolComputerNames(random);
    }

    public (IReadOnlyList<SchoolComputer> Computers, IReadOnlyList<PurchaseBatch> Batches) Build(
        EstablishmentDirectory directory)
    {
        var ecoles = directory.OfKind(EstablishmentKind.Ecole)
            .Where(e => e.IsPublic && e.Enrolment is > 0)
            .ToList();
        var weights = ecoles.Select(e => (0.8 * (e.Classes ?? 1)) + (e.Enrolment!.Value / 25.0)).ToList();
        var counts = Apportionment.Split(ComputerCount, weights);

        var computers = new List<SchoolComputer>();
        var batches = new List<PurchaseBatch>();
        for (var i = 0; i < ecoles.Count; i++)
        {
            _names.StartSchool();
            foreach (var (batch, size) in PlanBatches(ecoles[i], counts[i]))
            {
                batches.Add(batch);
                computers.AddRange(Enumerable.Range(0, size).Select(_ => NewComputer(batch)));
            }
        }

        return (computers, batches);
    }

    private List<(PurchaseBatch Batch, int Size)> PlanBatches(Establishment ecole, int count)
    {
        var plans = new List<(PurchaseBatch Batch, double Weight)>();
        if (_random.Chance(0.8))
        {
            plans.Add((NewBatch(ecole, null, null, _random.Pick(DeviceCatalog.SchoolLegacy)), 0.45));
        }

        if (ecole.ElementaryPupils > 0 && _random.Chance(0.35))
        {
            var acquisition = new DateOnly(2022, 3, 1).AddDays(_random.Next(200));
            plans.Add((NewBatch(ecole, acquisition, Programmes.SocleNumerique, PickRecentModel()), 0.5));
        }

        if (plans.Count == 0 || _random.Chance(0.2))
        {
            var acquisition = new DateOnly(2023, 2, 1).AddDays(_random.Next(1300));
            plans.Add((NewBatch(ecole, acquisition, Programmes.CommuneBudget, PickRecentModel()), 0.35));
        }

        var sizes = Apportionment.Split(count, plans.Select(plan => plan.Weight).ToList());
        return plans.Select((plan, index) => (plan.Batch, sizes[index])).Where(plan => plan.Item2 > 0).ToList();
    }

    private DeviceModel PickRecentModel() => _random.Pick(DeviceCatalog.Schools);

    private PurchaseBatch NewBatch(Establishment ecole, DateOnly? acquisition, string? programme, DeviceModel model) =>
        new()
        {
            Establishment = ecole,
            Model = model,
            AcquisitionDate = acquisition,
            Programme = programme,
            UnitPrice = Math.Round(model.UnitPriceExcludingTax * (decimal)_random.NextDouble(0.95, 1.05), 2),
            Method = MappingMethod.DeviceName,
        };

    private SchoolComputer NewComputer(PurchaseBatch batch)
    {
        var serial = _serials.Next(batch.Model.Serial);
        batch.SerialNumbers.Add(serial);
        var (name, location) = _names.Next(batch.Model.Kind);
        var status = _random.PickWeighted(Statuses);
        return new SchoolComputer
        {
            Batch = batch,
            Name = name,
            SerialNumber = serial,
            Status = status,
            Location = location,
            LastInventory = LastInventory(batch, status),
        };
    }

    /// <summary>
    /// Returns the last inventory time. Machines in service mostly reported in November. Machines in stock, and
    /// a share of the older ones, stopped reporting earlier.
    /// </summary>
    private DateTime LastInventory(PurchaseBatch batch, string status)
    {
        var (start, days) = PickInventoryPeriod(ActiveShare(batch, status));
        var earliest = batch.AcquisitionDate?.AddDays(10) ?? start;
        var day = start.AddDays(_random.Next(days));
        day = day < earliest ? earliest : day;
        var minutes = (8 * 60) + _random.Next(9 * 60 + 30);
        return day.ToDateTime(new TimeOnly(minutes / 60, minutes % 60));
    }

    /// <summary>Returns the share of computers that reported in November: newer ones in service most often.</summary>
    private static double ActiveShare(PurchaseBatch batch, string status)
    {
        if (status != "En service")
        {
            return 0.1;
        }

        return batch.IsInRegister ? 0.82 : 0.6;
    }

    /// <summary>Returns the first day and length in days of the period the last inventory falls in.</summary>
    private (DateOnly Start, int Days) PickInventoryPeriod(double activeShare)
    {
        var draw = _random.NextDouble();
        if (draw < activeShare)
        {
            return (DemoCalendar.MonthStart, 29);
        }

        // Of the others, 60 % stopped reporting in September or October, the rest at some point since January 2025.
        if (draw < activeShare + ((1 - activeShare) * 0.6))
        {
            return (new DateOnly(2026, 9, 1), 61);
        }

        return (new DateOnly(2025, 1, 6), 600);
    }
}
