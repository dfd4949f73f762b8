using System.Globalization;
using ClosedXML.Excel;
using LocalInsights.Reports.Excel;
using Xunit;

namespace LocalInsights.Reports.Tests;

public sealed class ExcelReportWriterTests
{
    private const string Euro = "#,##0.00 [$€-40C]";

    [Fact]
    public async Task Sheets_WithoutLicences_FollowFixedOrder()
    {
        using var culture = FrenchCulture.Use();

        using var report = await ReportFile.WriteAsync(SampleFacts.Builder().Build());

        string[] expected = ["Summary", "Establishments", "Devices", "Platform use", "Investment", "Data quality"];
        Assert.Equal(expected, report.Workbook.Worksheets.Select(sheet => sheet.Name));
    }

    [Fact]
    public async Task Sheets_WithLicences_AddLicencesAfterInvestment()
    {
        using var culture = FrenchCulture.Use();

        var facts = SampleFacts.Builder().WithLicence(SampleFacts.Licence()).Build();

        using var report = await ReportFile.WriteAsync(facts);

        string[] expected =
            ["Summary", "Establishments", "Devices", "Platform use", "Investment", "Licences", "Data quality"];
        Assert.Equal(expected, report.Workbook.Worksheets.Select(sheet => sheet.Name));
        var licences = report.Sheet("Licences");
        Assert.Equal("M365EDU_A3_STUDENT", licences.Cell("A2").GetString());
        Assert.Equal(380, licences.Cell("E2").GetDouble());
        Assert.Equal(Euro, licences.Cell("G2").Style.NumberFormat.Format);
    }

    [Theory]
    [InlineData("Establishments", "Establishments", "UAI")]
    [InlineData("Devices", "Devices", "UAI")]
    [InlineData("Platform use", "PlatformUse", "UAI")]
    [InlineData("Investment", "Investment", "UAI")]
    [InlineData("Licences", "Licences", "SKU")]
    [InlineData("Data quality", "DataQuality", "Source")]
    public async Task DataSheet_IsFilteredTableWithFrozenHeader(string sheetName, string tableName, string firstHeader)
    {
        using var culture = FrenchCulture.Use();

        var facts = SampleFacts.Builder().WithLicence(SampleFacts.Licence()).Build();

        using var report = await ReportFile.WriteAsync(facts);

        var sheet = report.Sheet(sheetName);
        var table = Assert.Single(sheet.Tables);
        Assert.Equal(tableName, table.Name);
        Assert.Equal(1, table.RangeAddress.FirstAddress.RowNumber);
        Assert.Equal(1, table.RangeAddress.FirstAddress.ColumnNumber);
        Assert.True(table.ShowAutoFilter);
        Assert.Equal(firstHeader, sheet.Cell("A1").GetString());
        Assert.Equal(1, sheet.SheetView.SplitRow);
        Assert.Equal(0, sheet.SheetView.SplitColumn);
    }

    [Fact]
    public async Task EmptyDataQuality_KeepsTableWithEmptyRow()
    {
        using var culture = FrenchCulture.Use();

        using var report = await ReportFile.WriteAsync(new FactSetBuilder().Build());

        var table = Assert.Single(report.Sheet("Data quality").Tables);
        Assert.Equal("A1:F2", table.RangeAddress.ToString());
        Assert.True(report.Sheet("Data quality").Cell("A2").IsEmpty());
    }

    [Fact]
    public async Task Establishments_CellsAreTypedAndFormatted()
    {
        using var culture = FrenchCulture.Use();

        using var report = await ReportFile.WriteAsync(SampleFacts.Builder().Build());

        var sheet = report.Sheet("Establishments");
        string[] headers =
        [
            "UAI", "Establishment", "Kind", "Commune", "Funder", "Month", "Pupils (count)",
            "Devices deployed (count)", "Devices active (count)", "Devices idle (count)",
            "Devices never seen (count)", "Active device rate (%)", "Active students (people)",
            "Active students per 100 pupils", "Account activation rate (%)", "Device spend excl. VAT (€)",
            "Annualised device spend excl. VAT (€)", "Cost per active device (€)",
            "Annualised cost per active device (€)",
        ];
        Assert.Equal(headers, sheet.Row(1).Cells(1, headers.Length).Select(cell => cell.GetString()));

        AssertText(sheet.Cell("A2"), "0350122T");
        AssertText(sheet.Cell("C2"), "École");
        AssertText(sheet.Cell("E2"), "Commune");
        AssertDate(sheet.Cell("F2"), new DateTime(2024, 10, 1), "mm/yyyy");
        AssertNumber(sheet.Cell("G2"), 1_250, "#,##0");
        AssertNumber(sheet.Cell("H2"), 42, "#,##0");
        AssertNumber(sheet.Cell("L2"), 30.0 / 42, "0.0%", precision: 12);
        AssertNumber(sheet.Cell("M2"), 85, "#,##0");
        AssertNumber(sheet.Cell("N2"), 6.8, "#,##0.0");
        AssertNumber(sheet.Cell("O2"), 0.9125, "0.0%");
        AssertNumber(sheet.Cell("P2"), 12_345.50, Euro);
        AssertNumber(sheet.Cell("R2"), 411.5167, Euro);
    }

    [Fact]
    public async Task Establishments_NullValuesAreEmptyCells()
    {
        using var culture = FrenchCulture.Use();

        using var report = await ReportFile.WriteAsync(SampleFacts.Builder().Build());

        var row = report.Sheet("Establishments").Row(3);
        Assert.Equal("0350266Z", row.Cell(1).GetString());
        AssertNumber(row.Cell(12), 0, "0.0%");
        Assert.True(row.Cell(13).IsEmpty(), "suppressed active students");
        Assert.True(row.Cell(14).IsEmpty(), "the ratio would give the hidden count back");
        Assert.True(row.Cell(15).IsEmpty(), "activation rate not given");
        Assert.True(row.Cell(18).IsEmpty(), "cost per active device without active devices");
    }

    [Fact]
    public async Task Devices_UnmappedRowComesLast()
    {
        using var culture = FrenchCulture.Use();

        using var report = await ReportFile.WriteAsync(SampleFacts.Builder().Build());

        var sheet = report.Sheet("Devices");
        AssertText(sheet.Cell("A2"), "0350122T");
        AssertText(sheet.Cell("B2"), "Ecole primaire publique les Lucioles");
        AssertText(sheet.Cell("A4"), "(unmapped)");
        Assert.True(sheet.Cell("B4").IsEmpty());
        AssertText(sheet.Cell("D4"), "Surface Go");
        AssertNumber(sheet.Cell("G4"), 3, "#,##0");
        AssertNumber(sheet.Cell("K4"), 1.0 / 3, "0.0%", precision: 12);
    }

    [Fact]
    public async Task PlatformUse_SuppressedCountIsEmptyWithNote()
    {
        using var culture = FrenchCulture.Use();

        using var report = await ReportFile.WriteAsync(SampleFacts.Builder().Build());

        var sheet = report.Sheet("Platform use");
        AssertText(sheet.Cell("E2"), "Student");
        AssertNumber(sheet.Cell("F2"), 85, "#,##0");
        Assert.True(sheet.Cell("G2").IsEmpty());
        AssertNumber(sheet.Cell("I2"), 6.8, "#,##0.0");
        AssertText(sheet.Cell("M2"), "reported by the platform");

        AssertText(sheet.Cell("E3"), "Teacher");
        Assert.True(sheet.Cell("F3").IsEmpty());
        AssertText(sheet.Cell("G3"), "Hidden: fewer than 5 people");
        Assert.True(sheet.Cell("I3").IsEmpty(), "the ratio would give the hidden count back");
        AssertNumber(sheet.Cell("H3"), 1_520, "#,##0");
        AssertNumber(sheet.Cell("L3"), 0.9154, "0.0%");
    }

    [Fact]
    public async Task Investment_AmountsAndDatesAreTyped()
    {
        using var culture = FrenchCulture.Use();

        using var report = await ReportFile.WriteAsync(SampleFacts.Builder().Build());

        var sheet = report.Sheet("Investment");
        AssertText(sheet.Cell("C2"), "Socle numérique 2021");
        AssertText(sheet.Cell("D2"), "Devices");
        AssertNumber(sheet.Cell("E2"), 2, "#,##0");
        AssertNumber(sheet.Cell("F2"), 42, "#,##0");
        AssertNumber(sheet.Cell("G2"), 12_345.50, Euro);
        AssertNumber(sheet.Cell("H2"), 14_814.60, Euro);
        AssertNumber(sheet.Cell("I2"), 3_086.375, Euro);
        AssertDate(sheet.Cell("J2"), new DateTime(2021, 9, 15), "dd/mm/yyyy");
        AssertDate(sheet.Cell("K2"), new DateTime(2022, 1, 10), "dd/mm/yyyy");
    }

    [Fact]
    public async Task EuroAmount_DisplaysInFrench()
    {
        using var culture = FrenchCulture.Use();

        using var report = await ReportFile.WriteAsync(SampleFacts.Builder().Build());

        // ClosedXML 0.95.4 GetFormattedString ignores custom formats, so the stored format is rendered with
        // ExcelNumberFormat, the formatter ClosedXML depends on, under the current (French) culture.
        var cell = report.Sheet("Investment").Cell("G2");
        var format = new ExcelNumberFormat.NumberFormat(cell.Style.NumberFormat.Format);
        var displayed = format.Format(cell.GetDouble(), CultureInfo.CurrentCulture);
        Assert.Equal("12 345,50 €", NormaliseSpaces(displayed));
    }

    [Fact]
    public async Task DataQuality_ShowsKindInPlainWords()
    {
        using var culture = FrenchCulture.Use();

        using var report = await ReportFile.WriteAsync(SampleFacts.Builder().Build());

        var sheet = report.Sheet("Data quality");
        AssertText(sheet.Cell("A2"), "intune");
        AssertText(sheet.Cell("B2"), "Invalid UAI code");
        AssertText(sheet.Cell("C2"), "0350999O");
        AssertText(sheet.Cell("D2"), "devices.csv");
        AssertNumber(sheet.Cell("E2"), 3, "#,##0");
        AssertText(sheet.Cell("F2"), "check letter O is never used");
    }

    [Fact]
    public async Task PathOverload_WritesCompleteFile()
    {
        using var culture = FrenchCulture.Use();
        var folder = Directory.CreateTempSubdirectory("localinsights-report-");
        var path = Path.Combine(folder.FullName, "report.xlsx");

        try
        {
            await new ExcelReportWriter().WriteAsync(SampleFacts.Builder().Build(), path, CancellationToken.None);

            using var workbook = new XLWorkbook(path);
            Assert.Equal(6, workbook.Worksheets.Count);
            Assert.Equal([path], Directory.GetFiles(folder.FullName));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task WriteAsync_CancelledToken_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();
        using var destination = new MemoryStream();

        var writer = new ExcelReportWriter();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => writer.WriteAsync(SampleFacts.Builder().Build(), destination, cancellation.Token));
        Assert.Equal(0, destination.Length);
    }

    [Fact]
    public async Task WriteAsync_LogsOneReportEvent()
    {
        using var culture = FrenchCulture.Use();

        using var report = await ReportFile.WriteAsync(SampleFacts.Builder().Build());

        var message = Assert.Single(report.Logger.MessagesOf(3001));
        Assert.StartsWith("Wrote Excel report for ille-et-vilaine 2024-10: 6 sheets, 9 data rows", message);
    }

    internal static void AssertText(IXLCell cell, string expected)
    {
        Assert.Equal(XLDataType.Text, cell.DataType);
        Assert.Equal(expected, cell.GetString());
        Assert.False(cell.HasFormula);
    }

    internal static void AssertNumber(IXLCell cell, double expected, string format, int precision = 6)
    {
        Assert.Equal(XLDataType.Number, cell.DataType);
        Assert.Equal(expected, cell.GetDouble(), precision);
        Assert.Equal(format, cell.Style.NumberFormat.Format);
    }

    internal static void AssertDate(IXLCell cell, DateTime expected, string format)
    {
        Assert.Equal(XLDataType.DateTime, cell.DataType);
        Assert.Equal(expected, cell.GetDateTime());
        Assert.Equal(format, cell.Style.NumberFormat.Format);
    }

    private static string NormaliseSpaces(string text) =>
        text.Replace('\u202F', ' ').Replace('\u00A0', ' ');
}
