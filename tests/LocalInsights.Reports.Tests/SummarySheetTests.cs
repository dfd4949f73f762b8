using ClosedXML.Excel;
using Xunit;
using static LocalInsights.Reports.Tests.ExcelReportWriterTests;

namespace LocalInsights.Reports.Tests;

public sealed class SummarySheetTests
{
    private const string Euro = "#,##0.00 [$€-40C]";

    [Fact]
    public async Task Summary_ShowsEnvironmentMonthAndGeneration()
    {
        using var culture = FrenchCulture.Use();

        using var report = await ReportFile.WriteAsync(SampleFacts.Builder().Build());

        var sheet = report.Sheet("Summary");
        AssertText(ValueOf(sheet, "Environment"), "Département d'Ille-et-Vilaine");
        AssertText(ValueOf(sheet, "Environment code"), "ille-et-vilaine");
        AssertDate(ValueOf(sheet, "Month"), new DateTime(2024, 10, 1), "mm/yyyy");
        var generatedAt = new DateTime(2024, 11, 3, 10, 15, 0);
        AssertDate(ValueOf(sheet, "Generated at (Test/UTC+1)"), generatedAt, "dd/mm/yyyy hh:mm");
        AssertNumber(ValueOf(sheet, "Privacy threshold (people)"), 5, "#,##0");
    }

    [Fact]
    public async Task Summary_TotalsDevicesAndSpend()
    {
        using var culture = FrenchCulture.Use();

        using var report = await ReportFile.WriteAsync(SampleFacts.Builder().Build());

        var sheet = report.Sheet("Summary");
        AssertNumber(ValueOf(sheet, "Establishments (count)"), 2, "#,##0");
        AssertNumber(ValueOf(sheet, "Devices deployed, incl. unmapped (count)"), 62, "#,##0");
        AssertNumber(ValueOf(sheet, "Devices active (count)"), 31, "#,##0");
        AssertNumber(ValueOf(sheet, "Devices idle (count)"), 24, "#,##0");
        AssertNumber(ValueOf(sheet, "Devices never seen (count)"), 7, "#,##0");
        AssertNumber(ValueOf(sheet, "Devices not mapped to an establishment (count)"), 3, "#,##0");
        AssertNumber(ValueOf(sheet, "Active device rate (%)"), 31.0 / 62, "0.0%");
        AssertNumber(ValueOf(sheet, "Device spend excl. VAT (€)"), 17_445.50, Euro);
        AssertNumber(ValueOf(sheet, "Annualised device spend excl. VAT (€)"), 4_361.375, Euro);
        AssertNumber(ValueOf(sheet, "Cost per active device (€)"), 17_445.50 / 30, Euro);
        AssertNumber(ValueOf(sheet, "Annualised cost per active device (€)"), 4_361.375 / 30, Euro);
        AssertNumber(ValueOf(sheet, "Platform figures hidden to protect small groups (cells)"), 1, "#,##0");
    }

    [Fact]
    public async Task Summary_NeverTotalsCountsOfPeople()
    {
        using var culture = FrenchCulture.Use();

        using var report = await ReportFile.WriteAsync(SampleFacts.Builder().Build());

        var labels = report.Sheet("Summary").Column(1).CellsUsed().Select(cell => cell.GetString()).ToList();
        Assert.DoesNotContain(labels, label => label.StartsWith("Active students", StringComparison.Ordinal));
        Assert.DoesNotContain(labels, label => label.StartsWith("Active users", StringComparison.Ordinal));
        var numbers = report.Sheet("Summary").CellsUsed(cell => cell.DataType == XLDataType.Number)
            .Select(cell => cell.GetDouble());
        Assert.DoesNotContain(85.0, numbers);
    }

    [Fact]
    public async Task Summary_ExplainsEmptyCellsWithThreshold()
    {
        using var culture = FrenchCulture.Use();

        using var report = await ReportFile.WriteAsync(SampleFacts.Builder().WithThreshold(11).Build());

        var texts = report.Sheet("Summary").Column(1).CellsUsed().Select(cell => cell.GetString()).ToList();
        Assert.Contains("How to read this workbook", texts);
        Assert.Contains(texts, text => text.StartsWith(
            "An empty cell in a count of people (active students, active users) means fewer than 11 people",
            StringComparison.Ordinal));
    }

    [Fact]
    public async Task Summary_ListsSourcesAsTable()
    {
        using var culture = FrenchCulture.Use();

        using var report = await ReportFile.WriteAsync(SampleFacts.Builder().Build());

        var sheet = report.Sheet("Summary");
        var table = Assert.Single(sheet.Tables);
        Assert.Equal("Sources", table.Name);
        var header = table.HeadersRow();
        string[] expected =
            ["Connector", "Type", "Completed at (Test/UTC+1)", "Records (count)", "Rejected rows (count)", "This run"];
        Assert.Equal(expected, header.Cells().Select(cell => cell.GetString()));
        var first = table.DataRange.Row(1);
        AssertText(first.Cell(1), "ent-toutatice");
        AssertDate(first.Cell(3), new DateTime(2024, 11, 1, 6, 0, 0), "dd/mm/yyyy hh:mm");
        var second = table.DataRange.Row(2);
        AssertText(second.Cell(1), "graph-intune");
        AssertText(second.Cell(2), "Intune");
        AssertDate(second.Cell(3), new DateTime(2024, 11, 3, 0, 30, 0), "dd/mm/yyyy hh:mm");
        AssertNumber(second.Cell(4), 62, "#,##0");
        AssertNumber(second.Cell(5), 1, "#,##0");
        AssertText(second.Cell(6), "pulled");
    }

    private static IXLCell ValueOf(IXLWorksheet sheet, string label)
    {
        var labelCell = sheet.Column(1).CellsUsed().Single(cell => cell.GetString() == label);
        return labelCell.CellRight();
    }
}
