using LocalInsights.DemoGenerator.Output;

namespace LocalInsights.DemoGenerator.Devices;

/// <summary>
/// Writes intune/intune-devices-export.csv: the devices in no particular order, plus 3 devices listed twice,
/// the first time with an older last check-in, as a listing taken while devices sync can contain.
/// </summary>
internal static class IntuneExportWriter
{
    private static readonly DateTime November = new(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);

    public const string RelativePath = "intune/intune-devices-export.csv";
    public const int DuplicateCount = 3;

    private const string UnmappedGroup = "default device name, no category, serial number in no register line";

    public static void Write(string outputFolder, ManagedFleet fleet, SeededRandom random, FaultLog log)
    {
        var rows = fleet.Devices.Select(device => (Device: device, LastCheckIn: device.LastCheckInUtc)).ToList();
        random.Shuffle(rows);
        var duplicates = AddDuplicates(rows, random);

        var path = Path.Combine(outputFolder, RelativePath);
        using var writer = new DelimitedWriter(path, TextEncodings.Utf8WithBom, ',', "\r\n", DelimitedWriter.Always);
        writer.WriteRecord(IntuneExportFormat.Header);
        foreach (var (device, lastCheckIn) in rows)
        {
            var line = writer.WriteRecord(IntuneRowValues.For(device, lastCheckIn, random));
            var copy = lastCheckIn == device.LastCheckInUtc ? "newer" : "older";
            if (device.Mapping == MappingMethod.Unmapped)
            {
                log.Add(FaultKinds.UnmappedDevice, RelativePath, line, device.Name, UnmappedGroup);
            }

            if (duplicates.Contains(device))
            {
                log.Add(FaultKinds.DuplicateDevice, RelativePath, line,
                    $"Device ID {device.DeviceId}, {copy} Last check-in of its two rows");
            }
        }

        CountDevices(fleet, writer.RecordCount - 1, log);
    }

    /// <summary>Inserts an older copy of 3 active, name-mapped devices somewhere before their own row.</summary>
    private static HashSet<ManagedDevice> AddDuplicates(List<(ManagedDevice Device, DateTime? LastCheckIn)> rows,
        SeededRandom random)
    {
        var candidates = rows
            .Where(row => row.Device.Mapping == MappingMethod.DeviceName && row.LastCheckIn is not null)
            .Select(row => row.Device)
            .ToList();
        random.Shuffle(candidates);
        var chosen = candidates.Take(DuplicateCount).ToHashSet();
        foreach (var device in chosen)
        {
            var index = rows.FindIndex(row => row.Device == device);
            var older = device.LastCheckInUtc!.Value.AddHours(-random.Next(20, 200));
            older = older < device.EnrolledUtc ? device.EnrolledUtc.AddMinutes(5) : older;
            rows.Insert(random.Next(index + 1), (device, older));
        }

        return chosen;
    }

    private static bool IsLycee(ManagedDevice device) =>
        device.Batch.Establishment.Kind == OpenData.EstablishmentKind.Lycee;

    private static void CountDevices(ManagedFleet fleet, int rowCount, FaultLog log)
    {
        const string Section = "Intune export";
        var devices = fleet.Devices;
        log.Count(Section, "data rows", rowCount);
        log.Count(Section, "distinct Device ID", devices.Count);
        log.Count(Section, "Device ID listed twice", DuplicateCount);
        log.Count(Section, "mapped by device name", devices.Count(d => d.Mapping == MappingMethod.DeviceName));
        log.Count(Section, "mapped by category", devices.Count(d => d.Mapping == MappingMethod.Category));
        log.Count(Section, "mapped by serial number", devices.Count(d => d.Mapping == MappingMethod.SerialNumber));
        log.Count(Section, "unmapped", devices.Count(d => d.Mapping == MappingMethod.Unmapped));
        log.Count(Section, "never checked in (0001-01-01)", devices.Count(d => d.LastCheckInUtc is null));
        log.Count(Section, "last check-in in November 2026", devices.Count(d => d.LastCheckInUtc >= November));
        log.Count(Section, "idle (last check-in before November)", devices.Count(d => d.LastCheckInUtc < November));
        var thirtyDaysBefore = DemoCalendar.SnapshotUtc.AddDays(-30);
        log.Count(Section, "last check-in in the 30 days before the export",
            devices.Count(d => d.LastCheckInUtc >= thirtyDaysBefore));
        foreach (var os in devices.Select(d => d.Model.Os).Distinct().Order(StringComparer.Ordinal))
        {
            log.Count(Section, $"OS {os}", devices.Count(d => d.Model.Os == os));
        }

        var mapped = devices.Where(d => d.Mapping != MappingMethod.Unmapped).ToList();
        log.Count(Section, "mapped devices of lycées", mapped.Count(d => IsLycee(d)));
        log.Count(Section, "mapped devices of collèges", mapped.Count(d => !IsLycee(d)));
        log.Count(Section, "categories in the category table", fleet.Categories.Entries.Count);
    }
}
