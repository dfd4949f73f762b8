using LocalInsights.Connectors.Investment;
using LocalInsights.Connectors.Tests.Support;
using LocalInsights.Core.Connectors;
using LocalInsights.Core.Model;

namespace LocalInsights.Connectors.Tests.Investment;

/// <summary>
/// A register saved by French Excel as "CSV (séparateur : point-virgule)": Windows-1252 without BOM, a
/// <c>sep=;</c> first line, decimal commas, non-breaking-space thousands, a euro suffix, <c>20 %</c>, dd/MM/yyyy
/// dates, and quoted values holding a <c>;</c> or a line break.
/// </summary>
public sealed class FrenchCsvRegisterTests : IDisposable
{
    private const string CaseFolder = "13-french-excel-csv-cp1252-semicolon-decimal-comma";
    private static readonly PullWindow Window = PullWindow.ForMonth(2024, 9);
    private readonly ConnectorHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task Cp1252Register_GivesFourRecords()
    {
        var (result, lines) = await PullAsync("registre-investissements.csv");

        Assert.True(result.Succeeded, result.Failure);
        Assert.Equal(4, result.Read);
        Assert.Equal(4, lines.Count);
        Assert.Equal(["INV-2023-0001", "INV-2023-0002", "INV-2023-0003", "INV-2024-0004"],
            lines.Select(line => line.Reference));
    }

    [Fact]
    public async Task Cp1252Register_DecodesTexts()
    {
        var (_, lines) = await PullAsync("registre-investissements.csv");

        Assert.Equal("Vidéoprojecteur salle 104", lines[0].Item);
        Assert.Equal("Chariot de 16 tablettes; recharge incluse", lines[1].Item);
        Assert.Equal("Licence logiciel « Atelier Sciences »", lines[2].Item);
        Assert.Equal("Écran interactif 75''", lines[3].Item);
    }

    [Fact]
    public async Task Cp1252Register_ParsesAmountsAndRates()
    {
        var (_, lines) = await PullAsync("registre-investissements.csv");

        Assert.Equal([1234.50m, 8990.00m, -150.00m, 3100m], lines.Select(line => line.AmountExcludingTax));
        Assert.Equal([1481.40m, 10788.00m, -158.25m, 3720m], lines.Select(line => line.AmountIncludingTax));
        Assert.Equal([0.20m, 0.20m, 0.055m, 0.20m], lines.Select(line => line.VatRate));
        Assert.Equal([5, 4, 1, 7], lines.Select(line => line.DepreciationYears));
    }

    [Fact]
    public async Task Cp1252Register_ReadsDatesDayFirst()
    {
        var (_, lines) = await PullAsync("registre-investissements.csv");

        DateOnly[] expected =
            [new(2023, 9, 15), new(2023, 10, 2), new(2023, 12, 31), new(2024, 2, 1)];
        Assert.Equal(expected, lines.Select(line => line.AcquisitionDate));
    }

    [Fact]
    public async Task Cp1252Register_TotalsMatchSpreadsheet()
    {
        var (_, lines) = await PullAsync("registre-investissements.csv");

        Assert.Equal(13174.50m, lines.Sum(line => line.AmountExcludingTax));
        Assert.Equal(15831.15m, lines.Sum(line => line.AmountIncludingTax ?? 0));
    }

    [Fact]
    public async Task Cp1252Register_ValidatesUaiCodes()
    {
        var (result, lines) = await PullAsync("registre-investissements.csv");

        Assert.Equal(["0350122T", "0351019T", "0350122T", "0351019T"], lines.Select(line => line.Uai));
        Assert.Empty(await _harness.ReadRejectsAsync(result));
        Assert.Empty(await _harness.ReadRecordsAsync<QualityObservation>(result));
    }

    [Fact]
    public async Task Cp1252Register_DefaultsMissingColumns()
    {
        var (_, lines) = await PullAsync("registre-investissements.csv");

        Assert.All(lines, line => Assert.Equal(InvestmentCategory.Other, line.Category));
        Assert.All(lines, line => Assert.Equal(1m, line.Quantity));
        Assert.All(lines, line => Assert.Null(line.Programme));
    }

    [Fact]
    public async Task Cp1252Register_DropsCommentColumn()
    {
        await PullAsync("registre-investissements.csv");

        var stored = await StoredText.ReadAllAsync(_harness.Store.Location);
        Assert.NotEmpty(stored);
        Assert.DoesNotContain(stored, file => file.Text.Contains("tablettes manquantes", StringComparison.Ordinal));
        Assert.DoesNotContain(stored, file => file.Text.Contains("fournisseur", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Cp1252Register_StoresNoRawCopy()
    {
        await PullAsync("registre-investissements.csv");

        var paths = await _harness.ListStoredAsync();
        Assert.Contains(paths, path => path.StartsWith("test/canonical/", StringComparison.Ordinal));
        Assert.DoesNotContain(paths, path => path.StartsWith("test/raw/", StringComparison.Ordinal));
    }

    [Fact]
    public void Declaration_SaysRawCopiesNotKept()
    {
        var declaration = new InvestmentRegisterConnector().Descriptor.Processing;

        Assert.Contains("Raw copies of the register files are not kept", declaration.Retention,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Utf8Reference_GivesSameRecords()
    {
        var (_, cp1252) = await PullAsync("registre-investissements.csv");
        using var other = new ConnectorHarness();
        other.CopyTestData($"{CaseFolder}/registre-investissements.utf8-reference.csv");

        var result = await other.PullAsync(new InvestmentRegisterConnector(),
            new Dictionary<string, string?> { ["Files:0"] = "registre-investissements.utf8-reference.csv" }, Window);

        var utf8 = await other.ReadRecordsAsync<InvestmentLine>(result);
        Assert.Equal(cp1252.Count, utf8.Count);
        for (var index = 0; index < utf8.Count; index++)
        {
            Assert.Equal(cp1252[index] with { SerialNumbers = [] }, utf8[index] with { SerialNumbers = [] });
        }
    }

    private async Task<(PullResult Result, IReadOnlyList<InvestmentLine> Lines)> PullAsync(string file)
    {
        var name = _harness.CopyTestData($"{CaseFolder}/{file}");
        var result = await _harness.PullAsync(new InvestmentRegisterConnector(),
            new Dictionary<string, string?> { ["Files:0"] = name }, Window);
        Assert.True(result.Succeeded, result.Failure);
        return (result, await _harness.ReadRecordsAsync<InvestmentLine>(result));
    }
}
