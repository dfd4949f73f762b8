using System.IO.Compression;
using LocalInsights.Connectors.Investment;
using LocalInsights.Connectors.Tests.Support;
using LocalInsights.Core.Connectors;

namespace LocalInsights.Connectors.Tests.Investment;

/// <summary>A register that cannot be read as a whole fails the pull with a message that names what to fix.</summary>
public sealed class RegisterFailureTests : IDisposable
{
    private static readonly PullWindow Window = PullWindow.ForMonth(2024, 9);
    private readonly ConnectorHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task MissingFile_FailsNamingPathAndKey()
    {
        var result = await PullAsync(new() { ["Files:0"] = "registre-absent.csv" });

        Assert.False(result.Succeeded);
        Assert.Contains($"'{Path.Combine(_harness.DataDirectory, "registre-absent.csv")}' was not found",
            result.Failure, StringComparison.Ordinal);
        Assert.Contains("resolved from 'registre-absent.csv'", result.Failure, StringComparison.Ordinal);
        Assert.Contains("check Connectors:source:Files:0", result.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingFile_KeepsNoPartialPull()
    {
        _harness.WriteFile("registre.csv",
            "N° inventaire;Établissement (UAI);Désignation;Date d'acquisition;Montant HT\r\n"
            + "A;0350122T;PC;01/09/2024;1\r\n");

        var result = await PullAsync(new() { ["Files:0"] = "registre.csv", ["Files:1"] = "absent.xlsx" });

        Assert.False(result.Succeeded);
        Assert.Null(result.Manifest);
        Assert.Empty(await _harness.ListStoredAsync());
    }

    [Fact]
    public async Task MissingColumn_FailsListingColumnsFound()
    {
        _harness.WriteFile("registre.csv", "N° inventaire;UAI;Désignation;Date d'acquisition;Montant HT;Commentaire\r\n"
            + "A;0350122T;PC;01/09/2024;1;\r\n");

        var result = await PullAsync(new() { ["Files:0"] = "registre.csv" });

        Assert.False(result.Succeeded);
        Assert.Contains("'registre.csv' has no column 'Établissement (UAI)' for Uai", result.Failure,
            StringComparison.Ordinal);
        Assert.Contains("(set by Connectors:source:Columns:Uai)", result.Failure, StringComparison.Ordinal);
        Assert.Contains("Columns found on line 1: 'N° inventaire', 'UAI', 'Désignation', 'Date d'acquisition', "
            + "'Montant HT', 'Commentaire'", result.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenamedColumn_MappedPerFile()
    {
        _harness.WriteFile("registre.csv",
            "N° inventaire;UAI;Désignation;Date d'acquisition;Montant HT\r\nA;0350122T;PC;01/09/2024;1\r\n");

        var result = await PullAsync(new() { ["Files:0:Path"] = "registre.csv", ["Files:0:Columns:Uai"] = "UAI" });

        Assert.True(result.Succeeded, result.Failure);
        Assert.Equal(1, result.Written);
    }

    [Fact]
    public async Task UnknownSheet_FailsListingSheets()
    {
        using (var workbook = new ClosedXML.Excel.XLWorkbook())
        {
            workbook.AddWorksheet("Achats 2024").Cell(1, 1).Value = "N° inventaire";
            workbook.SaveAs(Path.Combine(_harness.DataDirectory, "registre.xlsx"));
        }

        var result = await PullAsync(new() { ["Files:0"] = "registre.xlsx", ["Sheet"] = "Achats" });

        Assert.False(result.Succeeded);
        Assert.Contains("has no sheet 'Achats'. Sheets found: 'Achats 2024'.", result.Failure,
            StringComparison.Ordinal);
        Assert.Contains("Set Connectors:source:Files:0:Sheet", result.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DamagedWorkbook_FailsWithAdvice()
    {
        _harness.WriteFile("registre.xlsx", "this is not a zip package");

        var result = await PullAsync(new() { ["Files:0"] = "registre.xlsx" });

        Assert.False(result.Succeeded);
        Assert.Contains("'registre.xlsx' is not a readable .xlsx workbook", result.Failure, StringComparison.Ordinal);
        Assert.Contains("save it again as .xlsx", result.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ZipWithoutWorkbook_FailsClearly()
    {
        using (var archive = ZipFile.Open(Path.Combine(_harness.DataDirectory, "registre.xlsx"), ZipArchiveMode.Create))
        {
            using var writer = new StreamWriter(archive.CreateEntry("registre.csv").Open());
            writer.Write("N° inventaire;Établissement (UAI)\r\n");
        }

        var result = await PullAsync(new() { ["Files:0"] = "registre.xlsx" });

        Assert.False(result.Succeeded);
        Assert.StartsWith("Investment register file 'registre.xlsx' is not a readable .xlsx workbook: it is a ZIP "
            + "archive with no Excel workbook inside", result.Failure, StringComparison.Ordinal);
        Assert.DoesNotContain("NullReferenceException", result.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FolderPath_FailsNamingFolder()
    {
        Directory.CreateDirectory(Path.Combine(_harness.DataDirectory, "registres.csv"));

        var result = await PullAsync(new() { ["Files:0"] = "registres.csv" });

        Assert.False(result.Succeeded);
        Assert.Contains($"'{Path.Combine(_harness.DataDirectory, "registres.csv")}' is a folder, not a file",
            result.Failure, StringComparison.Ordinal);
        Assert.Contains("set Connectors:source:Files:0 to the path of a register file", result.Failure,
            StringComparison.Ordinal);
    }

    private Task<PullResult> PullAsync(Dictionary<string, string?> settings) =>
        _harness.PullAsync(new InvestmentRegisterConnector(), settings, Window);
}
