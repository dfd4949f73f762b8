using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using LocalInsights.Core.Model;
using LocalInsights.Reports.Excel;
using LocalInsights.Reports.Excel.DeviceList;

namespace LocalInsights.Reports.Tests;

/// <summary>
/// A monthly report with a device list, written to a file in a new temporary folder and reopened with ClosedXML.
/// The folder is deleted on dispose.
/// </summary>
internal sealed class DeviceListFile : IDisposable
{
    private readonly string folder;

    private DeviceListFile(string folder, string path, DeviceListResult result, ListLogger<ExcelReportWriter> logger)
    {
        this.folder = folder;
        Path = path;
        Result = result;
        Logger = logger;
        Workbook = new XLWorkbook(path);
    }

    public string Path { get; }

    public DeviceListResult Result { get; }

    public ListLogger<ExcelReportWriter> Logger { get; }

    public XLWorkbook Workbook { get; }

    public IXLWorksheet Sheet => Workbook.Worksheet(Result.SheetName);

    public static async Task<DeviceListFile> WriteAsync(
        IAsyncEnumerable<DeviceSnapshot> devices, DeviceListOptions? options = null)
    {
        var folder = Directory.CreateTempSubdirectory("device-list-").FullName;
        var path = System.IO.Path.Combine(folder, "report.xlsx");
        var logger = new ListLogger<ExcelReportWriter>();
        var writer = new ExcelReportWriter(logger, ReportFile.WinterParis);
        var facts = SampleFacts.Builder().Build();

        var result = await writer.WriteAsync(facts, path, devices, SampleDevices.Rule, options, CancellationToken.None);
        return new DeviceListFile(folder, path, result, logger);
    }

    /// <summary>Returns the Open XML SDK 2.20 validation errors of the file, one line each.</summary>
    public IReadOnlyList<string> ValidationErrors()
    {
        using var document = SpreadsheetDocument.Open(Path, isEditable: false);
        return new OpenXmlValidator().Validate(document)
            .Select(error => $"{error.Part?.Uri} {error.Path?.XPath}: {error.Description}")
            .ToList();
    }

    /// <summary>Returns the stored value text of a cell of the device list, read with the Open XML SDK.</summary>
    public string? RawValue(string cellReference)
    {
        using var stream = File.OpenRead(Path);
        return RawSheet.ValueOf(stream, Result.SheetName, cellReference);
    }

    /// <summary>Returns the stored custom widths of the device list, as (first column, width).</summary>
    public IReadOnlyList<(uint Column, double Width)> CustomWidths()
    {
        using var stream = File.OpenRead(Path);
        return RawSheet.CustomWidths(stream, Result.SheetName);
    }

    /// <summary>Returns the number of cells of the device list that store a formula.</summary>
    public int CountFormulas()
    {
        using var stream = File.OpenRead(Path);
        return RawSheet.CountFormulas(stream, Result.SheetName);
    }

    public void Dispose()
    {
        Workbook.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}
