using System.Globalization;
using LocalInsights.Core.Aggregation;
using LocalInsights.Core.Model;
using LocalInsights.Reports.Excel.DeviceList;

namespace LocalInsights.Reports.Excel;

/// <summary>The monthly workbook followed by a device list sheet of up to Excel's row limit.</summary>
public sealed partial class ExcelReportWriter
{
    /// <summary>
    /// Writes the workbook of <paramref name="facts"/> to <paramref name="path"/>, replacing it, with a last sheet
    /// that lists <paramref name="devices"/> one per row. Check-in times are shown in <see cref="TimeZone"/>, and
    /// the time zone of <paramref name="options"/> is not used. The file appears only once complete.
    /// </summary>
    /// <returns>The name of the device list sheet and how many devices did not fit in it.</returns>
    public async Task<DeviceListResult> WriteAsync(
        FactSet facts,
        string path,
        IAsyncEnumerable<DeviceSnapshot> devices,
        DeviceActivityRule rule,
        DeviceListOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var requested = options ?? new DeviceListOptions();
        var listOptions = new DeviceListOptions
        {
            SheetName = requested.SheetName, MaxRows = requested.MaxRows, TimeZone = TimeZone,
        };
        var deviceList = new DeviceListWriter(rule, listOptions, logger);

        var temporaryPath = string.Create(CultureInfo.InvariantCulture, $"{path}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var file = new FileStream(
                temporaryPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81_920, useAsync: true))
            {
                await WriteAsync(facts, file, cancellationToken);
            }

            var result = await deviceList.AppendAsync(temporaryPath, devices, cancellationToken);
            File.Move(temporaryPath, path, overwrite: true);
            return result;
        }
        finally
        {
            File.Delete(temporaryPath);
        }
    }
}
