using System.Diagnostics;
using System.Globalization;
using LocalInsights.Bench.Excel;
using LocalInsights.Core.Aggregation;
using LocalInsights.Reports.Excel;
using LocalInsights.Reports.Excel.DeviceList;

// Writes the monthly workbook with a device list of --rows generated devices (default 1,048,575, which fills
// Excel's 1,048,576 rows with the header) and prints wall time and the process's peak resident memory.
const long DefaultRows = DeviceListOptions.ExcelMaxRows - 1;

var rows = ReadRows(args);
var folder = Directory.CreateTempSubdirectory("excel-bench-").FullName;
var path = Path.Combine(folder, "report.xlsx");
try
{
    var writer = new ExcelReportWriter(timeZone: TimeZoneInfo.Utc);
    var rule = new DeviceActivityRule(GeneratedDevices.MonthEnd, activeDays: 30);
    var started = Stopwatch.GetTimestamp();

    var result = await writer.WriteAsync(BenchFacts(), path, GeneratedDevices.GenerateAsync(rows), rule);

    var elapsed = Stopwatch.GetElapsedTime(started);
    var peak = PeakMemory.ReadBytes();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"devices={rows} written={result.RowsWritten} not_written={result.RowsNotWritten} "
        + $"elapsed_s={elapsed.TotalSeconds:F1} peak_working_set_mib={(peak ?? 0) / 1024.0 / 1024.0:F0} "
        + $"file_mib={new FileInfo(path).Length / 1024.0 / 1024.0:F1}"));
    return 0;
}
finally
{
    Directory.Delete(folder, recursive: true);
}

static long ReadRows(string[] args)
{
    if (args.Length == 0)
    {
        return DefaultRows;
    }

    if (args.Length == 2 && args[0] == "--rows" && long.TryParse(args[1], CultureInfo.InvariantCulture, out var rows)
        && rows >= 0)
    {
        return rows;
    }

    Console.Error.WriteLine("Usage: LocalInsights.Bench.Excel [--rows N]. N is the number of generated devices, "
        + $"0 or more (default {DefaultRows}).");
    Environment.Exit(2);
    return 0;
}

static FactSet BenchFacts() => new()
{
    Environment = "bench",
    EnvironmentName = "Benchmark",
    Month = new DateOnly(2026, 11, 1),
    GeneratedAt = new DateTimeOffset(2026, 12, 1, 6, 0, 0, TimeSpan.Zero),
    SuppressionThreshold = 5,
    Establishments = [],
    Devices = [],
    PlatformUse = [],
    Investments = [],
    Licences = [],
    DataQuality = [],
    Sources = [],
};
