using System.Globalization;
using ClosedXML.Excel;
using LocalInsights.Core.Aggregation;
using LocalInsights.Core.Model;
using LocalInsights.Reports.Excel;
using Xunit;

namespace LocalInsights.Reports.Tests;

public sealed class SafeDateTests
{
    private const string DatesCase = "excel-dates-before-1900-and-sentinels";

    // Expected result of each source value of dates.csv, in file order: empty, text, or the Excel serial number.
    private static readonly (string Source, DateCellKind Kind, string Stored)[] Expected =
    [
        ("0001-01-01T00:00:00Z", DateCellKind.Sentinel, ""),
        ("0219-03-14", DateCellKind.Text, "0219-03-14"),
        ("1000-01-01", DateCellKind.Text, "1000-01-01"),
        ("1753-01-01T00:00:00", DateCellKind.Sentinel, ""),
        ("1899-12-30", DateCellKind.Text, "1899-12-30"),
        ("1900-01-01", DateCellKind.Date, "1"),
        ("1900-02-28", DateCellKind.Date, "59"),
        ("1900-03-01", DateCellKind.Date, "61"),
        ("2024-10-07", DateCellKind.Date, "45572"),
        ("9999-12-31T23:59:59.9999999Z", DateCellKind.Sentinel, ""),
    ];

    [Fact]
    public void DatesFile_MatchesExpectedTable()
    {
        var sources = TestData.ReadCsv(DatesCase, "dates.csv").Select(record => record["valeur_source"]);

        Assert.Equal(Expected.Select(expected => expected.Source), sources);
    }

    [Fact]
    public void SetDateTime_DatesFile_ReadsBackCorrectly()
    {
        using var culture = FrenchCulture.Use();
        using var bytes = new MemoryStream();
        using (var workbook = new XLWorkbook())
        {
            var sheet = workbook.AddWorksheet("Dates");
            for (var index = 0; index < Expected.Length; index++)
            {
                var cell = sheet.Cell(index + 1, 1);
                var kind = SafeDate.SetDateTime(cell, Parse(Expected[index].Source), "dd/mm/yyyy");
                Assert.Equal(Expected[index].Kind, kind);
            }

            workbook.SaveAs(bytes);
        }

        using var reopened = new XLWorkbook(bytes);

        var dates = reopened.Worksheet("Dates");
        for (var index = 0; index < Expected.Length; index++)
        {
            AssertStored(bytes, dates, index + 1, Expected[index]);
        }
    }

    [Fact]
    public async Task Report_AcquisitionDatesFollowDateRules()
    {
        using var culture = FrenchCulture.Use();
        var builder = new FactSetBuilder();

        // The date text is used as the UAI, so that the sheet's order by UAI is the order of the file.
        foreach (var (source, _, _) in Expected)
        {
            builder.WithInvestment(new InvestmentFact
            {
                Uai = DateOnly.FromDateTime(Parse(source)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Programme = "Plan",
                Category = InvestmentCategory.Device,
                FirstAcquisition = DateOnly.FromDateTime(Parse(source)),
            });
        }

        using var report = await ReportFile.WriteAsync(builder.Build());

        var sheet = report.Sheet("Investment");
        for (var index = 0; index < Expected.Length; index++)
        {
            AssertStored(report.Bytes, sheet, index + 2, Expected[index], column: "J");
        }

        Assert.Equal(
            ["Left 3 sentinel dates empty in column First acquisition (date) of sheet Investment"],
            report.Logger.MessagesOf(3010));
        Assert.Equal(
            ["Wrote 3 dates before 1900 as text in column First acquisition (date) of sheet Investment; " +
                "check these values in the source"],
            report.Logger.MessagesOf(3011));
    }

    [Theory]
    [InlineData("1900-01-01T00:00:00", 1.0)]
    [InlineData("1900-01-01T12:00:00", 1.5)]
    [InlineData("1900-02-28T00:00:00", 59.0)]
    [InlineData("1900-03-01T00:00:00", 61.0)]
    [InlineData("2024-10-07T06:00:00", 45572.25)]
    [InlineData("9999-12-31T00:00:00", 2958465.0)]
    public void ToExcelSerial_FollowsExcel1900System(string value, double serial)
    {
        var dateTime = DateTime.Parse(value, CultureInfo.InvariantCulture);

        Assert.Equal(serial, SafeDate.ToExcelSerial(dateTime), 9);
    }

    [Fact]
    public void ToExcelSerial_Before1900_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SafeDate.ToExcelSerial(new DateTime(1899, 12, 31)));
    }

    [Theory]
    [InlineData("0219-03-14T00:00:00+00:00", "0219-03-14 00:00")]
    [InlineData("1899-12-30T08:30:00+01:00", "1899-12-30 08:30")]
    [InlineData("2024-10-07T06:00:00+00:00", "2024-10-07 08:00")]
    [InlineData("0001-01-01T00:00:00+00:00", "0001-01-01 00:00")]
    public void ToReportTime_ShiftsOnlyDatesFrom1900(string instant, string expected)
    {
        var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

        var reportTime = SafeDate.ToReportTime(DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture), paris);

        Assert.Equal(expected, reportTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
    }

    private static void AssertStored(
        Stream bytes, IXLWorksheet sheet, int row, (string Source, DateCellKind Kind, string Stored) expected,
        string column = "A")
    {
        var address = string.Create(CultureInfo.InvariantCulture, $"{column}{row}");
        var cell = sheet.Cell(address);
        switch (expected.Kind)
        {
            case DateCellKind.Sentinel:
                Assert.True(cell.IsEmpty(), $"{expected.Source} should leave {address} empty");
                break;
            case DateCellKind.Text:
                Assert.Equal(XLDataType.Text, cell.DataType);
                Assert.Equal(expected.Stored, cell.GetString());
                break;
            default:
                // ClosedXML converts serials with DateTime.FromOADate, one day early before 1900-03-01, so the
                // stored serial is what is checked: it is what Excel shows.
                Assert.Equal(XLDataType.DateTime, cell.DataType);
                Assert.Equal("dd/mm/yyyy", cell.Style.NumberFormat.Format);
                Assert.Equal(expected.Stored, RawSheet.ValueOf(bytes, sheet.Name, address));
                break;
        }
    }

    // Values without an offset are read as UTC, so the result does not depend on the machine's time zone.
    private static DateTime Parse(string source) => DateTime.Parse(
        source, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
}
