using ClosedXML.Excel;
using LocalInsights.Reports.Excel.DeviceList;
using Xunit;

namespace LocalInsights.Reports.Tests;

public sealed class DeviceListLimitTests
{
    [Fact]
    public async Task RowLimit_StopsSheetAndCountsRest()
    {
        using var culture = FrenchCulture.Use();

        var options = new DeviceListOptions { MaxRows = 100 };

        using var report = await DeviceListFile.WriteAsync(SampleDevices.GenerateAsync(250), options);

        Assert.Equal(99, report.Result.RowsWritten);
        Assert.Equal(151, report.Result.RowsNotWritten);
        Assert.True(report.Result.IsTruncated);
        var sheet = report.Sheet;
        Assert.Equal(100, sheet.LastRowUsed()!.RowNumber());
        Assert.Equal("device-000098", sheet.Cell("C100").GetString());
        Assert.Equal("A1:J100", sheet.AutoFilter.Range.RangeAddress.ToString());
        var message = Assert.Single(report.Logger.MessagesOf(3041));
        Assert.Contains("Left 151 devices out of sheet Device list because it reached 100 rows", message,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task RowLimit_ExactFit_ReportsNothingLeft()
    {
        using var culture = FrenchCulture.Use();

        var options = new DeviceListOptions { MaxRows = 100 };

        using var report = await DeviceListFile.WriteAsync(SampleDevices.GenerateAsync(99), options);

        Assert.Equal(99, report.Result.RowsWritten);
        Assert.Equal(0, report.Result.RowsNotWritten);
        Assert.Empty(report.Logger.MessagesOf(3041));
    }

    [Fact]
    public async Task TruncatedWorkbook_PassesOpenXmlValidator()
    {
        using var culture = FrenchCulture.Use();

        var options = new DeviceListOptions { MaxRows = 100 };

        using var report = await DeviceListFile.WriteAsync(SampleDevices.GenerateAsync(250), options);

        var errors = report.ValidationErrors();
        Assert.True(errors.Count == 0, "Validation errors:\n" + string.Join("\n", errors));
    }

    [Fact]
    public async Task FullWorkbook_PassesOpenXmlValidator()
    {
        using var culture = FrenchCulture.Use();

        using var report = await DeviceListFile.WriteAsync(SampleDevices.GenerateAsync(2_000));

        var errors = report.ValidationErrors();
        Assert.True(errors.Count == 0, "Validation errors:\n" + string.Join("\n", errors));
    }

    [Fact]
    public async Task EmptyDeviceList_KeepsHeaderAndFilter()
    {
        using var culture = FrenchCulture.Use();

        using var report = await DeviceListFile.WriteAsync(SampleDevices.GenerateAsync(0));

        Assert.Equal(0, report.Result.RowsWritten);
        Assert.Equal("UAI", report.Sheet.Cell("A1").GetString());
        Assert.Equal("A1:J1", report.Sheet.AutoFilter.Range.RangeAddress.ToString());
        Assert.Empty(report.ValidationErrors());
    }

    [Fact]
    public async Task TakenSheetName_GetsSuffix()
    {
        using var culture = FrenchCulture.Use();

        var options = new DeviceListOptions { SheetName = "devices" };

        using var report = await DeviceListFile.WriteAsync(SampleDevices.GenerateAsync(3), options);

        Assert.Equal("devices~2", report.Result.SheetName);
        Assert.Equal("devices~2", report.Workbook.Worksheets.Last().Name);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(0)]
    [InlineData(1_048_577)]
    public void Options_InvalidMaxRows_AreRejected(int maxRows)
    {
        var options = new DeviceListOptions { MaxRows = maxRows };

        var exception = Assert.Throws<ArgumentException>(() => new DeviceListWriter(SampleDevices.Rule, options));

        Assert.Contains($"MaxRows is {maxRows}; set it from 2 to 1048576", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AppendAsync_AddsSheetToPlainWorkbook()
    {
        using var culture = FrenchCulture.Use();
        var folder = Directory.CreateTempSubdirectory("device-list-").FullName;
        var path = Path.Combine(folder, "plain.xlsx");
        try
        {
            using (var workbook = new XLWorkbook())
            {
                workbook.AddWorksheet("Notes").Cell("A1").SetValue("kept");
                workbook.SaveAs(path);
            }

            var writer = new DeviceListWriter(SampleDevices.Rule, new DeviceListOptions { SheetName = "Parc" });

            var result = await writer.AppendAsync(path, SampleDevices.GenerateAsync(5), CancellationToken.None);

            using var reopened = new XLWorkbook(path);
            Assert.Equal(["Notes", "Parc"], reopened.Worksheets.Select(sheet => sheet.Name));
            Assert.Equal("kept", reopened.Worksheet("Notes").Cell("A1").GetString());
            Assert.Equal(5, result.RowsWritten);
            Assert.Equal("device-000004", reopened.Worksheet("Parc").Cell("C6").GetString());
            Assert.Equal([Path.GetFileName(path)], Directory.GetFiles(folder).Select(Path.GetFileName));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task AppendAsync_Cancelled_LeavesFileUnchanged()
    {
        var folder = Directory.CreateTempSubdirectory("device-list-").FullName;
        var path = Path.Combine(folder, "plain.xlsx");
        try
        {
            using (var workbook = new XLWorkbook())
            {
                workbook.AddWorksheet("Notes").Cell("A1").SetValue("kept");
                workbook.SaveAs(path);
            }

            var before = await File.ReadAllBytesAsync(path);
            using var cancellation = new CancellationTokenSource();
            var writer = new DeviceListWriter(SampleDevices.Rule);
            var devices = SampleDevices.StreamAsync(CancelAfter(cancellation, 10));

            await Assert.ThrowsAnyAsync<OperationCanceledException>(
                () => writer.AppendAsync(path, devices, cancellation.Token));

            Assert.Equal(before, await File.ReadAllBytesAsync(path));
            Assert.Equal([Path.GetFileName(path)], Directory.GetFiles(folder).Select(Path.GetFileName));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static IEnumerable<Core.Model.DeviceSnapshot> CancelAfter(CancellationTokenSource cancellation, int count)
    {
        for (var index = 0; index < count; index++)
        {
            yield return SampleDevices.Generated(index);
        }

        cancellation.Cancel();
        yield return SampleDevices.Generated(count);
    }
}
