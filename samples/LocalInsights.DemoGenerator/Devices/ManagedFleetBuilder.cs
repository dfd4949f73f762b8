using System.Globalization;
using LocalInsights.DemoGenerator.OpenData;

namespace LocalInsights.DemoGenerator.Devices;

/// <summary>
/// Builds the Intune devices of the public lycées (equipped by the Région) and public collèges (equipped by the
/// Département): deliveries from 2022 to 2026, each designed for one mapping rule, then 5 % of the devices made
/// unmappable. The final shares are about 70 % by device name, 15 % by category, 10 % by serial number and 5 %
/// unmapped.
/// </summary>
internal sealed class ManagedFleetBuilder
{
    public const int DeviceCount = 8000;
    public const double UnmappedShare = 0.05;
    public const double SerialNumberShare = 0.10;

    /// <summary>Category share before unmapped devices are taken from name- and category-mapped ones.</summary>
    public const double CategoryShareBeforeUnmapped = 0.16;

    private static readonly (int Year, double Weight)[] PurchaseYears =
        [(2022, 0.24), (2023, 0.22), (2024, 0.20), (2025, 0.20), (2026, 0.14)];

    private readonly SeededRandom _random;
    private readonly SerialNumberFactory _serials;
    private readonly FakePeople _people;
    private readonly DeviceActivity _activity;
    private readonly CategoryTable _categories = new();
    private readonly Dictionary<string, int> _nameCounters = new(StringComparer.Ordinal);

    public ManagedFleetBuilder(SeededRandom random, SerialNumberFactory serials, FakePeople people)
    {
        _random = random;
        _serials = serials;
        _people = people;
        _activity = new DeviceActivity(random);
    }

    public ManagedFleet Build(EstablishmentDirectory directory)
    {
        var establishments = directory.All
            .Where(e => e.IsPublic && e.Kind is EstablishmentKind.Lycee or EstablishmentKind.College)
            .ToList();
        var weights = establishments.Select(e => e.SizingPupils * (e.Kind == EstablishmentKind.Lycee ? 1.0 : 0.55));
        var counts = Apportionment.Split(DeviceCount, weights.ToList());

        var plans = new List<(PurchaseBatch Batch, int Size)>();
        for (var i = 0; i < establishments.Count; i++)
        {
            foreach (var (kind, count) in SplitByKind(establishments[i], counts[i]))
            {
                plans.AddRange(PlanBatches(establishments[i], kind, count));
            }
        }

        AssignMethods(plans);
        var devices = plans.SelectMany(plan => Enumerable.Range(0, plan.Size).Select(_ => NewDevice(plan.Batch)))
            .ToList();
        MakeUnmapped(devices);
        return new ManagedFleet(devices, plans.Select(plan => plan.Batch).ToList(), _categories);
    }

    private static IEnumerable<(DeviceKind Kind, int Count)> SplitByKind(Establishment establishment, int count)
    {
        double[] shares = establishment.Kind == EstablishmentKind.Lycee ? [0.55, 0.20, 0.25] : [0.35, 0.15, 0.50];
        var split = Apportionment.Split(count, shares);
        yield return (DeviceKind.Laptop, split[0]);
        yield return (DeviceKind.Desktop, split[1]);
        yield return (DeviceKind.Tablet, split[2]);
    }

    /// <summary>Splits an establishment's devices of one kind into one or two deliveries.</summary>
    private List<(PurchaseBatch Batch, int Size)> PlanBatches(Establishment establishment, DeviceKind kind,
        int count)
    {
        if (count == 0)
        {
            return [];
        }

        var sizes = count >= 24 && _random.Chance(0.6)
            ? Apportionment.Split(count, [_random.NextDouble(0.3, 0.7), 0.5])
            : [count];
        return sizes.Where(size => size > 0)
            .Select(size => (Batch: NewBatch(establishment, kind), Size: size))
            .ToList();
    }

    /// <summary>
    /// Gives whole deliveries to the category and serial number rules, in random order, until each reaches its
    /// share. Only tablet deliveries are enrolled with a category. The others follow the naming convention.
    /// </summary>
    private void AssignMethods(List<(PurchaseBatch Batch, int Size)> plans)
    {
        var order = plans.ToList();
        _random.Shuffle(order);
        var categoryRoom = (int)(DeviceCount * CategoryShareBeforeUnmapped);
        var serialRoom = (int)(DeviceCount * SerialNumberShare);
        foreach (var (batch, size) in order)
        {
            if (batch.Model.Kind == DeviceKind.Tablet && size <= categoryRoom)
            {
                batch.Method = MappingMethod.Category;
                categoryRoom -= size;
            }
            else if (size <= serialRoom)
            {
                batch.Method = MappingMethod.SerialNumber;
                serialRoom -= size;
            }
            else
            {
                batch.Method = MappingMethod.DeviceName;
            }
        }
    }

    private PurchaseBatch NewBatch(Establishment establishment, DeviceKind kind)
    {
        var year = _random.PickWeighted(PurchaseYears.Select(y => (y.Year, y.Weight)).ToList());
        var lastDay = year == 2026 ? new DateOnly(2026, 9, 30) : new DateOnly(year, 10, 15);
        var firstDay = new DateOnly(year, 1, 15);
        var acquisition = firstDay.AddDays(_random.Next(lastDay.DayNumber - firstDay.DayNumber + 1));
        var model = PickModel(kind, year);
        return new PurchaseBatch
        {
            Establishment = establishment,
            Model = model,
            AcquisitionDate = acquisition,
            Programme = Programmes.ForSecondary(establishment, year, _random),
            UnitPrice = Math.Round(model.UnitPriceExcludingTax * (decimal)_random.NextDouble(0.96, 1.04), 2),
        };
    }

    private DeviceModel PickModel(DeviceKind kind, int year)
    {
        var candidates = DeviceCatalog.OfKind(DeviceCatalog.Managed, kind);
        if (kind == DeviceKind.Tablet)
        {
            // The 9th-generation iPad was sold until 2024, the 10th from then on.
            var retired = year >= 2025 ? "iPad (9th generation)" : "iPad (10th generation)";
            candidates = candidates.Where(model => model.Model != retired).ToList();
        }

        return _random.Pick(candidates);
    }

    private ManagedDevice NewDevice(PurchaseBatch batch)
    {
        var device = new ManagedDevice
        {
            DeviceId = _random.NextGuid(),
            Batch = batch,
            SerialNumber = _serials.Next(batch.Model.Serial),
            Mapping = batch.Method,
        };
        batch.SerialNumbers.Add(device.SerialNumber);
        ApplyMapping(device);
        _activity.Assign(device, batch.AcquisitionDate!.Value);
        DeviceDetails.Fill(device, _random, _people);
        return device;
    }

    private void ApplyMapping(ManagedDevice device)
    {
        var establishment = device.Batch.Establishment;
        switch (device.Mapping)
        {
            case MappingMethod.DeviceName:
                var key = $"{establishment.Uai}-{device.Model.NameTypeCode}";
                var number = _nameCounters[key] = _nameCounters.GetValueOrDefault(key) + 1;
                device.Name = $"{key}-{number.ToString("D4", CultureInfo.InvariantCulture)}";
                break;
            case MappingMethod.Category:
                device.Name = GenericName(device.Model);
                device.Category = _categories.LabelFor(establishment);
                break;
            default:
                device.Name = GenericName(device.Model);
                break;
        }
    }

    /// <summary>
    /// Turns 5 % of the devices of name- and category-mapped deliveries into devices no rule can map: renamed to a
    /// Windows default name or left with the factory name, without category.
    /// </summary>
    private void MakeUnmapped(List<ManagedDevice> devices)
    {
        var eligible = devices.Where(d => d.Mapping is MappingMethod.DeviceName or MappingMethod.Category).ToList();
        _random.Shuffle(eligible);
        foreach (var device in eligible.Take((int)Math.Round(devices.Count * UnmappedShare)))
        {
            device.Mapping = MappingMethod.Unmapped;
            device.Name = GenericName(device.Model);
            device.Category = string.Empty;
        }
    }

    /// <summary>Returns the name a device has before anyone renames it.</summary>
    private string GenericName(DeviceModel model) => model.Kind switch
    {
        DeviceKind.Laptop => "LAPTOP-" + _random.NextAlphanumeric(7),
        DeviceKind.Desktop => "DESKTOP-" + _random.NextAlphanumeric(7),
        _ when model.Os == "Android" => model.Model,
        _ => "iPad",
    };
}
