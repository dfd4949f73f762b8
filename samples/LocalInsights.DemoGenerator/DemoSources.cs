using LocalInsights.DemoGenerator.Devices;
using LocalInsights.DemoGenerator.Ent;
using LocalInsights.DemoGenerator.Investment;
using LocalInsights.DemoGenerator.OpenData;
using LocalInsights.DemoGenerator.Output;

namespace LocalInsights.DemoGenerator;

/// <summary>
/// Generates every demo source file from the official directory and a seed. Each file draws from its own random
/// stream, so the same seed gives the same bytes.
/// </summary>
internal static class DemoSources
{
    /// <summary>Invalid enrolment codes that also get an investment register line.</summary>
    private static readonly string[] InvalidCodesInRegister = ["0351019O", "0351122O"];

    public static FaultLog Generate(GeneratorOptions options)
    {
        var directory = EstablishmentDirectory.Load(options.DirectoryFolder);
        var output = options.OutputFolder;
        Directory.CreateDirectory(output);
        var log = new FaultLog();
        var serials = new SerialNumberFactory(Stream(options, "serial-numbers"));

        var fleet = new ManagedFleetBuilder(Stream(options, "managed-fleet"), serials,
            new FakePeople(Stream(options, "device-users"))).Build(directory);
        IntuneExportWriter.Write(output, fleet, Stream(options, "intune-export"), log);
        CategoryMapWriter.Write(options.CategoryMapPath, fleet.Categories);

        var (computers, schoolBatches) = new SchoolInventoryBuilder(Stream(options, "school-inventory"), serials)
            .Build(directory);
        GlpiExportWriter.Write(output, computers, Stream(options, "glpi-export"), log);

        WriteRegister(options, directory, fleet, schoolBatches, log);

        OpenEntStatisticsWriter.Write(output, directory, Stream(options, "ent-statistics"), log);
        SchoolConnectionLogWriter.Write(output, directory, Stream(options, "ent-schools"),
            new FakePeople(Stream(options, "ent-school-people")), log);

        FaultsReportWriter.Write(output, log, options.Seed);
        return log;
    }

    private static void WriteRegister(GeneratorOptions options, EstablishmentDirectory directory,
        ManagedFleet fleet, IReadOnlyList<PurchaseBatch> schoolBatches, FaultLog log)
    {
        var random = Stream(options, "investment-register");
        var secondary = fleet.Batches.Select(batch => batch.Establishment).Distinct().ToList();
        var invalid = directory.InvalidEnrolmentCodes.Where(code => InvalidCodesInRegister.Contains(code.Code));
        var lines = new RegisterBuilder(random).Build(fleet.Batches.Concat(schoolBatches), secondary, invalid);

        var workbookLines = lines.Where(line => line.AcquisitionDate.Year <= 2024).ToList();
        var csvLines = lines.Where(line => line.AcquisitionDate.Year >= 2025).ToList();
        RegisterFaults.ApplyToWorkbook(workbookLines, random);
        RegisterFaults.ApplyToCsv(csvLines, random);
        RegisterWorkbookWriter.Write(options.OutputFolder, workbookLines, log);
        RegisterCsvWriter.Write(options.OutputFolder, csvLines, log);
        log.Count("Investment register", "serial numbers listed (all in the Intune export)",
            lines.Sum(line => line.SerialNumbers.Count));
    }

    private static SeededRandom Stream(GeneratorOptions options, string name) => new(options.Seed, name);
}
