using System.IO.Compression;
using System.Text;
using ClosedXML.Excel;

namespace LocalInsights.Cli.Tests;

/// <summary>Runs the bundled demo environment through the command line, as a user's first command does.</summary>
public sealed class DemoRunTests : IClassFixture<DemoRunFixture>
{
    private static readonly string[] InvalidEnrolmentCodes =
    [
        "0350708O", "0350821O", "0350932O", "0350933O", "0350935O", "0350937O", "0351019O", "0351122O",
    ];

    private readonly DemoRunFixture _demo;

    public DemoRunTests(DemoRunFixture demo)
    {
        _demo = demo;
    }

    [Fact]
    public void DemoRun_Succeeds()
    {
        Assert.Equal(0, _demo.First.ExitCode);
        Assert.Contains("Succeeded", _demo.First.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void DemoRun_WritesWorkbookWithSheets()
    {
        using var workbook = new XLWorkbook(_demo.WorkbookPath);

        var names = workbook.Worksheets.Select(sheet => sheet.Name).ToList();

        Assert.Equal(
            ["Summary", "Establishments", "Devices", "Platform use", "Investment", "Licences", "Data quality",
                "Device list"],
            names);
    }

    [Fact]
    public void DataQuality_ListsInvalidEnrolmentCodes()
    {
        using var workbook = new XLWorkbook(_demo.WorkbookPath);
        var sheet = workbook.Worksheet("Data quality");
        var rows = sheet.RangeUsed()!.RowsUsed().Skip(1).ToList();
        var directoryCodes = rows
            .Where(row => row.Cell(1).GetString() == "establishment directory")
            .Where(row => row.Cell(4).GetString() == "fr-en-effectifs-second-degre.csv")
            .Select(row => row.Cell(3).GetString())
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(InvalidEnrolmentCodes, directoryCodes);
    }

    [Fact]
    public void Establishments_CountsDirectoryAndDevices()
    {
        using var workbook = new XLWorkbook(_demo.WorkbookPath);
        var sheet = workbook.Worksheet("Establishments");
        var table = sheet.Tables.Single();
        var deployedColumn = table.HeadersRow().Cells()
            .First(cell => cell.GetString().StartsWith("Devices deployed", StringComparison.Ordinal))
            .Address.ColumnNumber;
        var deployed = table.DataRange.Rows().Sum(row => row.Cell(deployedColumn).GetValue<long>());

        // Intune export: 8,000 distinct devices of which 400 unmapped; GLPI: 3,000 computers of which one row is
        // malformed; Graph recording: 4 distinct managed devices of which 1 unmapped.
        Assert.Equal(7_600 + 2_999 + 3, deployed);
        Assert.True(table.DataRange.RowCount() >= 993);
    }

    [Fact]
    public void DeviceList_HasOneRowPerDevice()
    {
        using var workbook = new XLWorkbook(_demo.WorkbookPath);
        var rows = workbook.Worksheet("Device list").LastRowUsed()!.RowNumber() - 1;

        // 8,000 Intune, 2,999 GLPI and 4 Graph devices, mapped or not.
        Assert.Equal(8_000 + 2_999 + 4, rows);
    }

    [Fact]
    public void Licences_ShowGraphSkus()
    {
        using var workbook = new XLWorkbook(_demo.WorkbookPath);
        var table = workbook.Worksheet("Licences").Tables.Single();

        Assert.Equal(2, table.DataRange.RowCount());
    }

    [Fact]
    public void DataQuality_ReportsConcealedNames()
    {
        using var workbook = new XLWorkbook(_demo.WorkbookPath);
        var issues = workbook.Worksheet("Data quality").Tables.Single().DataRange.Rows()
            .Select(row => row.Cell(2).GetString())
            .ToList();

        Assert.Contains(issues, issue => issue.Contains("oncealed", StringComparison.Ordinal));
    }

    [Fact]
    public void Rerun_GivesSameAggregates()
    {
        Assert.Equal(0, _demo.Second.ExitCode);
        Assert.Equal(_demo.FirstAggregates.Keys.Order(), _demo.SecondAggregates.Keys.Order());
        foreach (var (name, first) in _demo.FirstAggregates)
        {
            // Rejects paths name the run that wrote them; everything else must be identical.
            Assert.Equal(WithoutRunIds(first), WithoutRunIds(_demo.SecondAggregates[name]));
        }
    }

    [Fact]
    public void Rerun_KeepsOnePullPerSource()
    {
        var manifests = Directory.GetFiles(_demo.StoreFolder, "manifest.json", SearchOption.AllDirectories);
        var runFolders = Directory.GetDirectories(
            Path.Combine(_demo.StoreFolder, "demo-ille-et-vilaine", "canonical", "intune", "2026-11"));

        Assert.Equal(6, manifests.Length);
        Assert.Single(runFolders);
    }

    [Fact]
    public void Store_HoldsNoPersonalIdentifier()
    {
        var forbidden = DemoRunFixture.PersonalValues();
        Assert.NotEmpty(forbidden);

        foreach (var file in Directory.GetFiles(_demo.StoreFolder, "*", SearchOption.AllDirectories))
        {
            var text = ReadStoredText(file);
            var leaked = forbidden.FirstOrDefault(value => text.Contains(value, StringComparison.OrdinalIgnoreCase));
            Assert.True(leaked is null, $"{file} contains the personal value '{leaked}'");
        }
    }

    [Fact]
    public void Rejects_NameFileLineFieldAndValue()
    {
        var rejects = Directory.GetFiles(_demo.StoreFolder, "rejects.csv", SearchOption.AllDirectories)
            .Select(File.ReadAllText)
            .ToList();
        var all = string.Join('\n', rejects);

        Assert.Contains("investment-register;sources/investment/registre-investissements-2025.csv;103;"
            + "Date d'acquisition;31/11/2025;", all, StringComparison.Ordinal);
        Assert.Contains("glpi-ecoles;sources/glpi/glpi-export-computers.csv;1861;;;the row has 9 values but the header "
            + "has 10 columns", all, StringComparison.Ordinal);
    }

    private static string WithoutRunIds(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text, @"\d{8}T\d{6}Z-[0-9a-f]{8}", "RUN");

    private static string ReadStoredText(string file)
    {
        if (!file.EndsWith(".gz", StringComparison.Ordinal))
        {
            return File.ReadAllText(file);
        }

        using var gzip = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
