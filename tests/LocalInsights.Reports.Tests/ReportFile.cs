using ClosedXML.Excel;
using LocalInsights.Core.Aggregation;
using LocalInsights.Reports.Excel;

namespace LocalInsights.Reports.Tests;

/// <summary>A report written to memory and reopened with ClosedXML, as a reader would open it.</summary>
internal sealed class ReportFile : IDisposable
{
    /// <summary>UTC+1 without daylight saving, so tests do not depend on the machine's time zone data.</summary>
    public static readonly TimeZoneInfo WinterParis =
        TimeZoneInfo.CreateCustomTimeZone("Test/UTC+1", TimeSpan.FromHours(1), "UTC+1", "UTC+1");

    private ReportFile(MemoryStream bytes, ListLogger<ExcelReportWriter> logger)
    {
        Bytes = bytes;
        Logger = logger;
        Workbook = new XLWorkbook(bytes);
    }

    public MemoryStream Bytes { get; }

    public XLWorkbook Workbook { get; }

    public ListLogger<ExcelReportWriter> Logger { get; }

    public static async Task<ReportFile> WriteAsync(FactSet facts)
    {
        var logger = new ListLogger<ExcelReportWriter>();
        var writer = new ExcelReportWriter(logger, WinterParis);
        var bytes = new MemoryStream();
        await writer.WriteAsync(facts, bytes, CancellationToken.None);
        bytes.Position = 0;
        return new ReportFile(bytes, logger);
    }

    public IXLWorksheet Sheet(string name) => Workbook.Worksheet(name);

    public void Dispose()
    {
        Workbook.Dispose();
        Bytes.Dispose();
    }
}
