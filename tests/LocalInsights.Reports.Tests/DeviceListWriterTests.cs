using System.Globalization;
using ClosedXML.Excel;
using LocalInsights.Core.Model;
using Xunit;

namespace LocalInsights.Reports.Tests;

public sealed class DeviceListWriterTests
{
    private const int DeviceCount = 3_000;
    private const string DateTimeFormat = "dd/mm/yyyy hh:mm";
    private const string DateFormat = "dd/mm/yyyy";
    private const int IntegerFormatId = 3;

    [Fact]
    public async Task DeviceList_IsAppendedAfterReportSheets()
    {
        using var culture = FrenchCulture.Use();

        using var report = await DeviceListFile.WriteAsync(SampleDevices.GenerateAsync(10));

        string[] expected =
            ["Summary", "Establishments", "Devices", "Platform use", "Investment", "Data quality", "Device list"];
        Assert.Equal(expected, report.Workbook.Worksheets.Select(sheet => sheet.Name));
        Assert.Equal("Device list", report.Result.SheetName);
        Assert.Equal(10, report.Result.RowsWritten);
        Assert.Equal(0, report.Result.RowsNotWritten);
        Assert.False(report.Result.IsTruncated);
        Assert.Equal("0350122T", report.Workbook.Worksheet("Establishments").Cell("A2").GetString());
    }

    [Fact]
    public async Task DeviceList_HeaderIsFrozenFilteredAndBold()
    {
        using var culture = FrenchCulture.Use();

        using var report = await DeviceListFile.WriteAsync(SampleDevices.GenerateAsync(DeviceCount));

        var sheet = report.Sheet;
        string[] headers =
        [
            "UAI", "Source", "Device ID", "Model", "Operating system", "OS version", "Last check-in",
            "Days since check-in", "State", "Snapshot date",
        ];
        Assert.Equal(headers, Enumerable.Range(1, headers.Length).Select(column => sheet.Cell(1, column).GetString()));
        Assert.True(sheet.Cell("A1").Style.Font.Bold);
        Assert.True(sheet.Cell("J1").Style.Font.Bold);
        Assert.Equal(1, sheet.SheetView.SplitRow);
        Assert.Equal(0, sheet.SheetView.SplitColumn);
        Assert.True(sheet.AutoFilter.IsEnabled);
        Assert.Equal("A1:J3001", sheet.AutoFilter.Range.RangeAddress.ToString());
        Assert.Equal(3001, sheet.LastRowUsed()!.RowNumber());
    }

    [Fact]
    public async Task DeviceList_HasFixedColumnWidths()
    {
        using var culture = FrenchCulture.Use();

        using var report = await DeviceListFile.WriteAsync(SampleDevices.GenerateAsync(10));

        // Header length + 3 for the filter button, or a typical value length, + 2 of padding.
        (uint Column, double Width)[] expected =
            [(1, 12), (2, 18), (3, 38), (4, 26), (5, 21), (6, 16), (7, 18), (8, 24), (9, 12), (10, 18)];
        Assert.Equal(expected, report.CustomWidths());
    }

    [Fact]
    public async Task DeviceList_CellsAreTypedAndFormatted()
    {
        using var culture = FrenchCulture.Use();

        using var report = await DeviceListFile.WriteAsync(SampleDevices.GenerateAsync(DeviceCount));

        var sheet = report.Sheet;
        for (var index = 0; index < DeviceCount; index++)
        {
            var row = sheet.Row(index + 2);
            var device = SampleDevices.Generated(index);
            AssertText(device.Uai ?? "(unmapped)", row.Cell(1));
            AssertText(device.Source, row.Cell(2));
            AssertText(device.DeviceId, row.Cell(3));
            AssertText(device.Model, row.Cell(4));
            AssertText("Windows", row.Cell(5));
            AssertText("10.0.22631", row.Cell(6));
            AssertCheckIn(device, row);
            AssertDate(new DateTime(2024, 10, 31), DateFormat, row.Cell(10));
        }
    }

    [Fact]
    public async Task DeviceList_LeavesOutNamesAndSerials()
    {
        using var culture = FrenchCulture.Use();

        using var report = await DeviceListFile.WriteAsync(SampleDevices.GenerateAsync(20));

        var texts = report.Sheet.CellsUsed().Select(cell => cell.GetString()).ToList();
        Assert.DoesNotContain(texts, text => text.Contains("PERSONAL", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, text => text.Contains("SN-SECRET", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://127.0.0.1\")")]
    [InlineData("+33 1 23 45 67 89")]
    [InlineData("-12")]
    [InlineData("@SUM(A1:A2)")]
    [InlineData("=1+2")]
    public async Task FormulaLikeText_StaysText(string model)
    {
        using var culture = FrenchCulture.Use();

        var devices = SampleDevices.StreamAsync([SampleDevices.With("d1", lastCheckIn: null, model)]);

        using var report = await DeviceListFile.WriteAsync(devices);

        var cell = report.Sheet.Cell("D2");
        Assert.Equal(XLDataType.Text, cell.DataType);
        Assert.False(cell.HasFormula);
        Assert.Equal(model, cell.GetString());
        Assert.True(cell.Style.IncludeQuotePrefix);
        Assert.Equal(0, report.CountFormulas());
    }

    [Fact]
    public async Task InvalidCharacters_AreRemovedAndLogged()
    {
        using var culture = FrenchCulture.Use();

        var devices = SampleDevices.StreamAsync(
        [
            SampleDevices.With("d1", lastCheckIn: null, "Lati\u0001tude\uFFFF 35\u001F40"),
            SampleDevices.With("d2", lastCheckIn: null, "  Latitude\r\n3540  "),
            SampleDevices.With("d3", lastCheckIn: null, "\u0007"),
        ]);

        using var report = await DeviceListFile.WriteAsync(devices);

        Assert.Equal("Latitude 3540", report.Sheet.Cell("D2").GetString());
        Assert.Equal("  Latitude\n3540  ", report.Sheet.Cell("D3").GetString());
        Assert.True(report.Sheet.Cell("D4").IsEmpty());
        var message = Assert.Single(report.Logger.MessagesOf(3044));
        Assert.Contains("3 texts in column Model", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckInDates_FollowSafeDateRules()
    {
        using var culture = FrenchCulture.Use();

        var devices = SampleDevices.StreamAsync(
        [
            SampleDevices.With("sentinel", DateTimeOffset.MinValue),
            SampleDevices.With("before-1900", new DateTimeOffset(1899, 6, 1, 0, 0, 0, TimeSpan.Zero)),
            SampleDevices.With("serial-1", new DateTimeOffset(1899, 12, 31, 23, 0, 0, TimeSpan.Zero)),
            SampleDevices.With("winter", new DateTimeOffset(2024, 10, 31, 22, 30, 0, TimeSpan.Zero)),
        ]);

        using var report = await DeviceListFile.WriteAsync(devices);

        var sheet = report.Sheet;
        Assert.True(sheet.Cell("G2").IsEmpty());
        Assert.Equal(XLDataType.Text, sheet.Cell("G3").DataType);
        // A date before 1900 keeps the clock time it was read with: no time zone rule of that era shifts it.
        Assert.Equal("1899-06-01", sheet.Cell("G3").GetString());
        Assert.Equal("1", report.RawValue("G4"));
        Assert.Equal(DateTimeFormat, sheet.Cell("G4").Style.NumberFormat.Format);
        Assert.Equal(45597.0 - 1.0 / 48, double.Parse(report.RawValue("G5")!, CultureInfo.InvariantCulture), 9);
        Assert.Single(report.Logger.MessagesOf(3042));
        Assert.Single(report.Logger.MessagesOf(3043));
    }

    [Fact]
    public async Task State_FollowsActiveDaysRule()
    {
        using var culture = FrenchCulture.Use();

        var devices = SampleDevices.StreamAsync(
        [
            SampleDevices.With("first-active", new DateTimeOffset(2024, 10, 2, 0, 0, 0, TimeSpan.Zero)),
            SampleDevices.With("last-idle", new DateTimeOffset(2024, 10, 1, 23, 59, 59, TimeSpan.Zero)),
            SampleDevices.With("after-month", new DateTimeOffset(2024, 11, 3, 8, 0, 0, TimeSpan.Zero)),
            SampleDevices.With("never", lastCheckIn: null),
        ]);

        using var report = await DeviceListFile.WriteAsync(devices);

        var sheet = report.Sheet;
        Assert.Equal("Active", sheet.Cell("I2").GetString());
        Assert.Equal("Idle", sheet.Cell("I3").GetString());
        Assert.Equal("Active", sheet.Cell("I4").GetString());
        Assert.Equal("Never seen", sheet.Cell("I5").GetString());
        Assert.Equal(29, sheet.Cell("H2").GetDouble());
        Assert.Equal(30, sheet.Cell("H3").GetDouble());
        Assert.Equal(0, sheet.Cell("H4").GetDouble());
        Assert.True(sheet.Cell("H5").IsEmpty());
    }

    private static void AssertText(string? expected, IXLCell cell)
    {
        if (expected is null)
        {
            Assert.True(cell.IsEmpty(), $"{cell.Address} should be empty");
            return;
        }

        Assert.Equal(XLDataType.Text, cell.DataType);
        Assert.Equal(expected, cell.GetString());
    }

    private static void AssertCheckIn(DeviceSnapshot device, IXLRow row)
    {
        if (device.LastSyncAt is not { } lastCheckIn)
        {
            Assert.True(row.Cell(7).IsEmpty(), $"G{row.RowNumber()} should be empty");
            Assert.True(row.Cell(8).IsEmpty(), $"H{row.RowNumber()} should be empty");
            AssertText("Never seen", row.Cell(9));
            return;
        }

        // Report time is UTC+1 in these tests.
        AssertDate(lastCheckIn.UtcDateTime.AddHours(1), DateTimeFormat, row.Cell(7));
        var days = 31 - lastCheckIn.Day + (lastCheckIn.Month == 8 ? 61 : 0);
        Assert.Equal(XLDataType.Number, row.Cell(8).DataType);
        Assert.Equal(days, row.Cell(8).GetDouble());
        Assert.Equal(IntegerFormatId, row.Cell(8).Style.NumberFormat.NumberFormatId);
        AssertText(lastCheckIn.Month == 8 ? "Idle" : "Active", row.Cell(9));
    }

    private static void AssertDate(DateTime expected, string format, IXLCell cell)
    {
        Assert.Equal(XLDataType.DateTime, cell.DataType);
        Assert.Equal(expected, cell.GetDateTime());
        Assert.Equal(format, cell.Style.NumberFormat.Format);
    }
}
