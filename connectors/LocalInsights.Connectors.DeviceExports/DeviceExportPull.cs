using System.Globalization;
using LocalInsights.Core.Connectors;
using LocalInsights.Core.Devices.Mapping;
using LocalInsights.Core.Text;

namespace LocalInsights.Connectors.DeviceExports;

/// <summary>
/// The pull both device export connectors run: load the mapping rules, read every file into one set of devices
/// deduplicated by id, then check, write and count them.
/// </summary>
/// <remarks>
/// Raw copies of the exports are not stored, because they carry personal columns (users, e-mail addresses, phone
/// numbers) that the records leave out.
/// </remarks>
internal static class DeviceExportPull
{
    /// <summary>
    /// Largest share of a file's rows, in percent, that may check in after the snapshot date before the pull fails.
    /// </summary>
    internal const int MaxPercentAfterSnapshot = 10;

    public static async Task RunAsync(PullContext context, DeviceExportOptions options,
        Func<string, string?> cleanValue, CancellationToken cancellationToken)
    {
        var mapper = await DeviceMapper.LoadAsync(options.Mapping, "Mapping", context, cancellationToken)
            .ConfigureAwait(false);
        var snapshotDate = options.SnapshotDate ?? context.Window.To;
        var dateFormats = options.DateFormats.Count > 0 ? options.DateFormats : null;
        var settings = new DeviceReadSettings(snapshotDate, new DateParser(dateFormats, options.TimeZone),
            options.StoreDeviceNames, cleanValue);
        var collector = new DeviceSnapshotCollector(context);
        for (var index = 0; index < options.Files.Count; index++)
        {
            var key = $"Files:{index}";
            foreach (var path in ConnectorFiles.ResolvePattern(context, options.Files[index], key))
            {
                await ReadFileAsync(context, path, key, options, settings, mapper, collector, cancellationToken)
                    .ConfigureAwait(false);
            }
        }

        if (collector.Duplicates > 0)
        {
            DeviceExportsLog.DuplicateDevices(context.Logger, collector.Duplicates);
        }

        await new DeviceSnapshotPublisher(context).PublishAsync(collector.Devices, snapshotDate, cancellationToken)
            .ConfigureAwait(false);
    }

    private static async Task ReadFileAsync(PullContext context, string path, string key,
        DeviceExportOptions options, DeviceReadSettings settings, DeviceMapper mapper,
        DeviceSnapshotCollector collector, CancellationToken cancellationToken)
    {
        using var file = ConnectorFiles.OpenDelimited(context, path, key, options.Encoding, options.Separator);
        var reader = new DeviceRowReader(context, file, options.GetColumnNames(), settings, mapper);
        long rows = 0;
        while (file.ReadRow() is { } row)
        {
            cancellationToken.ThrowIfCancellationRequested();
            rows++;
            context.RowsRead++;
            var candidate = await reader.ReadAsync(row, cancellationToken).ConfigureAwait(false);
            if (candidate is not null)
            {
                await collector.AddAsync(candidate, cancellationToken).ConfigureAwait(false);
            }
        }

        DeviceExportsLog.FileRead(context.Logger, rows, path);
        if (reader.CheckedInAfterSnapshot > 0)
        {
            DeviceExportsLog.CheckedInAfterSnapshot(
                context.Logger, reader.CheckedInAfterSnapshot, context.DisplayPath(path), settings.SnapshotDate);
        }

        if (reader.CheckedInAfterSnapshot * 100 > rows * MaxPercentAfterSnapshot)
        {
            throw NewerThanMonth(context, path, options, settings.SnapshotDate, reader.CheckedInAfterSnapshot, rows);
        }
    }

    /// <summary>
    /// Creates the exception that fails the pull for an export taken after the month it is used for. A few late
    /// rows are only rejected, because a device can check in while the export runs. Beyond
    /// <see cref="MaxPercentAfterSnapshot"/>, the whole file is the wrong one.
    /// </summary>
    private static ConnectorException NewerThanMonth(PullContext context, string path, DeviceExportOptions options,
        DateOnly snapshotDate, long lateRows, long rows)
    {
        var key = ConnectorFiles.SettingsKey(context, "SnapshotDate");
        var source = options.SnapshotDate is null
            ? $"the last day of the month, because {key} is not set"
            : $"set by {key}";
        var month = context.Window.Label;
        var day = snapshotDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new ConnectorException(
            $"Connector '{context.Connector}': file {context.DisplayPath(path)} is newer than the month {month}: "
            + $"{lateRows} of its {rows} rows checked in more than a day after the snapshot date {day} ({source}). "
            + $"Set {key} to the day the export was taken, or use an export taken during {month}.");
    }
}
