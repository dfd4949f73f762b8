using System.Globalization;
using ClosedXML.Excel;
using LocalInsights.Reports.Excel.Tables;
using Xunit;

namespace LocalInsights.Reports.Tests;

/// <summary>
/// Column widths come from text length, so the export needs no font: no test here installs or measures one.
/// </summary>
public sealed class ColumnWidthTests
{
    private const string FontsCase = "closedxml-autofit-missing-fonts-linux";

    [Fact]
    public void AnnuaireColumns_GetWidthsFromContent()
    {
        using var culture = FrenchCulture.Use();
        var records = TestData.ReadCsv(FontsCase, "columns.csv");

        using var bytes = WriteAnnuaireColumns(records);
        using var workbook = new XLWorkbook(bytes);

        var sheet = workbook.Worksheet("Annuaire");
        Assert.Equal("Ecole primaire publique Groupe Scolaire Cousteau", sheet.Cell("B4").GetString());
        Assert.Equal(33, sheet.Cell("D4").GetDouble());
        Assert.True(sheet.Cell("E4").IsEmpty());
        Assert.Equal(new DateTime(2024, 10, 7, 6, 58, 0), sheet.Cell("E2").GetDateTime());
        Assert.True(sheet.Column(2).Width > sheet.Column(1).Width, "Établissement must be wider than UAI");
        Assert.Equal(50, sheet.Column(2).Width);
        Assert.Equal(10, sheet.Column(1).Width);
        Assert.Equal(21, sheet.Column(5).Width);
    }

    [Fact]
    public void AnnuaireColumns_AllHaveCustomWidth()
    {
        using var culture = FrenchCulture.Use();
        var records = TestData.ReadCsv(FontsCase, "columns.csv");

        using var bytes = WriteAnnuaireColumns(records);

        var widths = RawSheet.CustomWidths(bytes, "Annuaire");
        Assert.Equal([1u, 2u, 3u, 4u, 5u], widths.Select(width => width.Column).Order());
        Assert.All(widths, width => Assert.InRange(width.Width, ColumnWidths.MinWidth, ColumnWidths.MaxWidth + 1));
    }

    [Fact]
    public async Task Report_EstablishmentColumnWiderThanUai()
    {
        using var culture = FrenchCulture.Use();
        var builder = new FactSetBuilder();
        foreach (var record in TestData.ReadCsv(FontsCase, "columns.csv"))
        {
            builder.WithEstablishment(record["UAI"], record["Établissement"], fact => fact with
            {
                Commune = record["Commune"],
                DevicesDeployed = long.Parse(record["Appareils"], CultureInfo.InvariantCulture),
            });
        }

        using var report = await ReportFile.WriteAsync(builder.Build());

        var sheet = report.Sheet("Establishments");
        Assert.Equal("UAI", sheet.Cell("A1").GetString());
        Assert.Equal("Establishment", sheet.Cell("B1").GetString());
        Assert.True(sheet.Column(2).Width > sheet.Column(1).Width, "Establishment must be wider than UAI");
        Assert.Equal(50, sheet.Column(2).Width);
        Assert.All(report.Workbook.Worksheets, worksheet => Assert.All(
            worksheet.ColumnsUsed(),
            column => Assert.InRange(column.Width, ColumnWidths.MinWidth, ColumnWidths.MaxWidth)));
    }

    [Fact]
    public async Task Report_LogsWidthRuleForEachSheet()
    {
        using var culture = FrenchCulture.Use();

        using var report = await ReportFile.WriteAsync(SampleFacts.Builder().Build());

        var messages = report.Logger.MessagesOf(3002);
        Assert.Equal(6, messages.Count);
        Assert.Contains(
            "Set 19 column widths of sheet Establishments from text length, 8 to 60 characters, without font " +
            "measurement (AdjustToContents is not used)",
            messages);
    }

    [Fact]
    public void WidthFor_LongText_IsCapped()
    {
        Assert.Equal(ColumnWidths.MaxWidth, ColumnWidths.WidthFor(500));
        Assert.Equal(ColumnWidths.MinWidth, ColumnWidths.WidthFor(0));
    }

    private static MemoryStream WriteAnnuaireColumns(IReadOnlyList<IReadOnlyDictionary<string, string>> records)
    {
        IReadOnlyList<ReportColumn<IReadOnlyDictionary<string, string>>> columns =
        [
            new("UAI", ColumnKind.Text, record => record["UAI"]),
            new("Établissement", ColumnKind.Text, record => record["Établissement"]),
            new("Commune", ColumnKind.Text, record => record["Commune"]),
            new("Appareils", ColumnKind.Integer,
                record => long.Parse(record["Appareils"], CultureInfo.InvariantCulture)),
            new("Dernière synchro", ColumnKind.DateTime, record => ParseSync(record["Dernière synchro"])),
        ];
        var bytes = new MemoryStream();
        using (var workbook = new XLWorkbook())
        {
            var sheet = workbook.AddWorksheet("Annuaire");
            var widths = new ColumnWidths();
            new TableSheetWriter(new CellWriter(TimeZoneInfo.Utc))
                .Write(sheet, "Annuaire", columns, records, widths, 1, CancellationToken.None);
            widths.Apply(sheet);
            workbook.SaveAs(bytes);
        }

        bytes.Position = 0;
        return bytes;
    }

    private static DateTime? ParseSync(string text) =>
        text.Length == 0
            ? null
            : DateTime.ParseExact(text, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
