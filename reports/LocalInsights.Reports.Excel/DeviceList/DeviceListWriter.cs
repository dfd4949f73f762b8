using System.Diagnostics;
using System.Globalization;
using LocalInsights.Core.Model;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace LocalInsights.Reports.Excel.DeviceList;

/// <summary>
/// Appender of a device-level sheet, one row per device, to an existing .xlsx workbook such as the monthly report,
/// with memory that does not grow with the number of devices.
/// </summary>
/// <remarks>
/// The workbook is prepared with the Open XML SDK (an empty sheet, its entry in the workbook and four cell formats),
/// then copied into a new package in which the sheet is streamed with <c>OpenXmlWriter</c>. Cells follow the rules
/// of <see cref="SafeCell"/> and <see cref="SafeDate"/>. The sheet stops at <see cref="DeviceListOptions.MaxRows"/>
/// rows, the header included; later devices are read and counted but not written. The file at the given path is
/// replaced only when the new workbook is complete.
/// </remarks>
public sealed partial class DeviceListWriter
{
    private readonly DeviceActivityRule rule;
    private readonly DeviceListOptions options;
    private readonly ILogger logger;

    /// <summary>Creates a writer that classifies devices with <paramref name="rule"/>.</summary>
    /// <exception cref="ArgumentException">An option is invalid; the message lists every invalid one.</exception>
    public DeviceListWriter(
        DeviceActivityRule rule, DeviceListOptions? options = null, ILogger<DeviceListWriter>? logger = null)
        : this(rule, options, (ILogger?)logger)
    {
    }

    internal DeviceListWriter(DeviceActivityRule rule, DeviceListOptions? options, ILogger? logger)
    {
        ArgumentNullException.ThrowIfNull(rule);
        this.rule = rule;
        this.options = options ?? new DeviceListOptions();
        this.options.Validate();
        this.logger = logger ?? NullLogger.Instance;
    }

    /// <summary>
    /// Appends the device list sheet to the workbook at <paramref name="path"/>, replacing the file once the new
    /// workbook is complete. Devices are written in the order <paramref name="devices"/> returns them.
    /// </summary>
    public async Task<DeviceListResult> AppendAsync(
        string path, IAsyncEnumerable<DeviceSnapshot> devices, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(devices);
        var started = Stopwatch.GetTimestamp();
        var preparedPath = TemporaryPath(path, "prepared");
        var outputPath = TemporaryPath(path, "output");
        try
        {
            File.Copy(path, preparedPath);
            var layout = WorkbookPreparation.AddEmptySheet(preparedPath, options.SheetName);
            var result = await PackageRewriter.RewriteAsync(
                preparedPath,
                outputPath,
                layout.EntryName,
                (stream, token) => WriteSheetAsync(stream, layout, devices, token),
                cancellationToken);

            File.Move(outputPath, path, overwrite: true);
            LogResult(result, Stopwatch.GetElapsedTime(started));
            return result;
        }
        finally
        {
            File.Delete(preparedPath);
            File.Delete(outputPath);
        }
    }

    private async Task<DeviceListResult> WriteSheetAsync(
        Stream stream, DeviceListLayout layout, IAsyncEnumerable<DeviceSnapshot> devices, CancellationToken token)
    {
        using var sheet = new DeviceSheetWriter(
            stream, layout.SheetName, DeviceListColumns.All, layout.Styles, options.TimeZone);
        sheet.WriteStart();
        long notWritten = 0;
        await foreach (var device in devices.WithCancellation(token))
        {
            if (sheet.RowCount < options.MaxRows)
            {
                sheet.WriteRow(device, rule);
            }
            else
            {
                // The rest are only counted, so the caller can say how many devices the sheet lacks.
                notWritten++;
            }
        }

        sheet.WriteEnd();
        LogIssues(sheet.Issues);
        return new DeviceListResult(layout.SheetName, sheet.RowCount - 1, notWritten);
    }

    private void LogResult(DeviceListResult result, TimeSpan elapsed)
    {
        if (result.IsTruncated)
        {
            Log.RowsNotWritten(logger, result.RowsNotWritten, result.SheetName, options.MaxRows);
        }

        Log.DeviceListWritten(logger, result.SheetName, result.RowsWritten, (long)elapsed.TotalMilliseconds);
    }

    private void LogIssues(IEnumerable<Tables.ColumnIssues> issues)
    {
        foreach (var column in issues.Where(column => column.Any))
        {
            if (column.SentinelDates > 0)
            {
                Log.SentinelDatesEmptied(logger, column.SentinelDates, column.Column, column.Sheet);
            }

            if (column.TextDates > 0)
            {
                Log.DatesWrittenAsText(logger, column.TextDates, column.Column, column.Sheet);
            }

            if (column.AlteredTexts > 0)
            {
                Log.TextsAltered(logger, column.AlteredTexts, column.Column, column.Sheet);
            }
        }
    }

    // Temporary files sit next to the workbook so that the final move stays on one file system.
    private static string TemporaryPath(string path, string step) =>
        string.Create(CultureInfo.InvariantCulture, $"{path}.{step}.{Guid.NewGuid():N}.tmp");
}
