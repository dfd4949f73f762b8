using ClosedXML.Excel;
using LocalInsights.Connectors.Investment;
using LocalInsights.Connectors.Tests.Support;
using LocalInsights.Core.Connectors;
using LocalInsights.Core.Model;

namespace LocalInsights.Connectors.Tests.Investment;

/// <summary>
/// A register saved as <c>.xlsx</c>, built here with ClosedXML: a title above the header, columns in another
/// order, one row of typed cells, one of text cells in French formats, and one formula with no saved result.
/// </summary>
public sealed class WorkbookRegisterTests : IDisposable
{
    private static readonly PullWindow Window = PullWindow.ForMonth(2024, 9);
    private readonly ConnectorHarness _harness = new();

    public WorkbookRegisterTests()
    {
        using var workbook = new XLWorkbook();
        workbook.AddWorksheet("Notes").Cell(1, 1).Value = "Saisie : service financier";
        var sheet = workbook.AddWorksheet("Achats");
        sheet.Cell(1, 1).Value = "Registre des investissements numériques 2024";
        WriteRow(sheet, 3, "Programme", "N° inventaire", "Établissement (UAI)", "Catégorie", "Désignation", "Quantité",
            "Prix unitaire HT", "Montant HT", "TVA", "Date d'acquisition", "Durée amort. (ans)", "Part financée",
            "Numéros de série", "Commentaire");
        WriteTypedRow(sheet);
        WriteTextRow(sheet);
        WriteRow(sheet, 6, "Plan régional", "INV-24-003", "0350122T", "Service", "Maintenance", "1", "", "", "20 %",
            "01/04/2024", "1", "", "", "");
        sheet.Cell(6, 8).FormulaA1 = "G6*F6";
        workbook.SaveAs(Path.Combine(_harness.DataDirectory, "registre.xlsx"));
    }

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task TypedCells_KeepTheirValues()
    {
        var line = (await PullLinesAsync())[0];

        Assert.Equal("INV-24-001", line.Reference);
        Assert.Equal("Socle numérique 2021", line.Programme);
        Assert.Equal(InvestmentCategory.Device, line.Category);
        Assert.Equal(16m, line.Quantity);
        Assert.Equal(4008m, line.AmountExcludingTax);
        Assert.Equal(0.2m, line.VatRate);
        Assert.Equal(new DateOnly(2024, 3, 5), line.AcquisitionDate);
        Assert.Equal(4, line.DepreciationYears);
        Assert.Equal(0.5m, line.FundingShare);
    }

    [Fact]
    public async Task TextCells_ParsedWithFrenchRules()
    {
        var line = (await PullLinesAsync())[1];

        Assert.Equal("0351019T", line.Uai);
        Assert.Equal(InvestmentCategory.Licence, line.Category);
        Assert.Equal(2m, line.Quantity);
        Assert.Equal(2469.00m, line.AmountExcludingTax);
        Assert.Equal(0.055m, line.VatRate);
        Assert.Equal(new DateOnly(2024, 3, 5), line.AcquisitionDate);
        Assert.Equal(3, line.DepreciationYears);
        Assert.Equal(0.5m, line.FundingShare);
    }

    [Fact]
    public async Task FormulaText_StaysText()
    {
        var line = (await PullLinesAsync())[1];

        Assert.Equal("=HYPERLINK(\"http://127.0.0.1/\")", line.Item);
    }

    [Fact]
    public async Task SerialNumbers_SplitOnSeparators()
    {
        var lines = await PullLinesAsync();

        Assert.Equal(["SN-001", "SN-002", "SN-003"], lines[0].SerialNumbers);
        Assert.Equal(["A-1", "A-2", "A-3", "A-4"], lines[1].SerialNumbers);
    }

    [Fact]
    public async Task UnsavedFormula_RejectedNotEvaluated()
    {
        var result = await PullAsync(new() { ["Files:0:Path"] = "registre.xlsx", ["Files:0:Sheet"] = "achats" });

        var reject = Assert.Single(await _harness.ReadRejectsAsync(result));
        Assert.Equal(6, reject.Line);
        Assert.Equal("Montant HT", reject.Field);
        Assert.Contains("a formula with no saved result", reject.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SavedFormulaResult_UsedAsValue()
    {
        using (var workbook = new XLWorkbook())
        {
            var sheet = workbook.AddWorksheet("Achats");
            WriteRow(sheet, 1, "N° inventaire", "Établissement (UAI)", "Désignation", "Quantité", "Prix unitaire HT",
                "Montant HT", "Date d'acquisition");
            WriteRow(sheet, 2, "INV-24-010", "0350122T", "Casques audio");
            sheet.Cell(2, 4).Value = 30;
            sheet.Cell(2, 5).Value = 19.9;
            sheet.Cell(2, 6).FormulaA1 = "D2*E2";
            sheet.Cell(2, 7).FormulaA1 = "DATE(2024,3,5)";
            sheet.Cell(2, 7).Style.NumberFormat.Format = "dd/mm/yyyy";
            workbook.SaveAs(Path.Combine(_harness.DataDirectory, "calcul.xlsx"));
        }

        // ClosedXML 0.95 saves formulas without results, while Excel saves both, so the results are added here.
        AddSavedResults(Path.Combine(_harness.DataDirectory, "calcul.xlsx"),
            ("<x:f>D2*E2</x:f>", "<x:v>597</x:v>"), ("<x:f>DATE(2024,3,5)</x:f>", "<x:v>45356</x:v>"));
        var result = await PullAsync(new() { ["Files:0"] = "calcul.xlsx" });

        var line = Assert.Single(await _harness.ReadRecordsAsync<InvestmentLine>(result));
        Assert.Equal(597m, line.AmountExcludingTax);
        Assert.Equal(new DateOnly(2024, 3, 5), line.AcquisitionDate);
        Assert.Empty(await _harness.ReadRecordsAsync<QualityObservation>(result));
    }

    [Fact]
    public async Task ConfiguredHeaderRow_ReadsSameLines()
    {
        var result = await PullAsync(
            new() { ["Files:0"] = "registre.xlsx", ["Sheet"] = "Achats", ["HeaderRow"] = "3" });

        var lines = await _harness.ReadRecordsAsync<InvestmentLine>(result);
        Assert.Equal(["INV-24-001", "INV-24-002"], lines.Select(line => line.Reference));
        Assert.Equal(3, result.Read);
    }

    [Fact]
    public async Task CommentColumn_NeverStored()
    {
        await PullLinesAsync();

        var stored = await StoredText.ReadAllAsync(_harness.Store.Location);
        Assert.DoesNotContain(stored, file => file.Text.Contains("Dupont", StringComparison.Ordinal));
    }

    private static void WriteTypedRow(IXLWorksheet sheet)
    {
        WriteRow(sheet, 4, "Socle numérique 2021", "INV-24-001", "0350122T", "Matériel", "Tablette 10 pouces");
        sheet.Cell(4, 6).Value = 16;
        sheet.Cell(4, 7).Value = 250.5;
        sheet.Cell(4, 8).Value = 4008;
        sheet.Cell(4, 9).Value = 0.2;
        sheet.Cell(4, 9).Style.NumberFormat.Format = "0%";
        sheet.Cell(4, 10).Value = new DateTime(2024, 3, 5);
        sheet.Cell(4, 11).Value = 4;
        sheet.Cell(4, 12).Value = 0.5;
        sheet.Cell(4, 13).SetValue("SN-001|SN-002\nSN-003");
        sheet.Cell(4, 14).SetValue("Livrée à M. Dupont");
    }

    private static void WriteTextRow(IXLWorksheet sheet) =>
        WriteRow(sheet, 5, "Plan régional", "INV-24-002", " 0351019t ", "licence", "=HYPERLINK(\"http://127.0.0.1/\")",
            "2", "1 234,50 €", "", "5,5 %", "05/03/2024", "3", "50 %", "A-1, A-2; A-3 | A-4", "");

    private static void WriteRow(IXLWorksheet sheet, int row, params string[] values)
    {
        for (var index = 0; index < values.Length; index++)
        {
            if (values[index].Length > 0)
            {
                sheet.Cell(row, index + 1).SetValue(values[index]);
            }
        }
    }

    /// <summary>Writes a saved result after each formula, as Excel does, into the first sheet of a workbook.</summary>
    private static void AddSavedResults(string path, params (string Formula, string Value)[] results)
    {
        using var package = System.IO.Compression.ZipFile.Open(path, System.IO.Compression.ZipArchiveMode.Update);
        var entry = package.Entries.Single(item =>
            item.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)
            && item.FullName.EndsWith(".xml", StringComparison.Ordinal));
        var name = entry.FullName;
        string xml;
        using (var reader = new StreamReader(entry.Open()))
        {
            xml = reader.ReadToEnd();
        }

        foreach (var (formula, value) in results)
        {
            Assert.Contains(formula, xml, StringComparison.Ordinal);
            xml = xml.Replace(formula, formula + value, StringComparison.Ordinal);
        }

        entry.Delete();
        using var writer = new StreamWriter(package.CreateEntry(name).Open());
        writer.Write(xml);
    }

    private async Task<IReadOnlyList<InvestmentLine>> PullLinesAsync()
    {
        var result = await PullAsync(new() { ["Files:0:Path"] = "registre.xlsx", ["Files:0:Sheet"] = "Achats" });
        return await _harness.ReadRecordsAsync<InvestmentLine>(result);
    }

    private Task<PullResult> PullAsync(Dictionary<string, string?> settings) =>
        _harness.PullAsync(new InvestmentRegisterConnector(), settings, Window);
}
