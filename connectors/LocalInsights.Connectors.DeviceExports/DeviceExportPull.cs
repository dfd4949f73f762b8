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
/// <para>
/// When the snapshot date comes from the file names, files are read newest snapshot first, and each device is
/// written once, with the row and the date of the newest snapshot that lists it.
/// </para>
/// <para>
/// Raw copies of the exports are not stored, because they carry personal columns (users, e-mail addresses, phone
/// numbers) that the records leave out.
/// </para>
/// </remarks>
internal static class DeviceExportPull
{
    /// <summary>
    /// Largest share of a file's rows, in percent, that may check in after the snapshot date before the pull fails.
    /// </summary>
    internal const int MaxPercentAfterSnapshot = 10;

    public static async Task RunAsync(PullContext context, DeviceExportOptions options,
        Func<string, string?>? cleanValue, CancellationToken cancellationToken)
    {
        var mapper = await DeviceMapper.LoadAsync(options.Mapping, "Mapping", context, cancellationToken)
            .ConfigureAwait(false);
        var files = DeviceExportFiles.List(context, options);
        var dateFormats = options.DateFormats.Count > 0 ? options.DateFormats : null;
        var dates = new DateParser(dateFormats, options.TimeZone);
        var collector = new DeviceSnapshotCollector(context);
        long rowsOfNewerSnapshots = 0;
        foreach (var file in files)
        {
            var settings = new DeviceReadSettings(file.SnapshotDate, options.SnapshotDateFromFileName, dates,
                options.StoreDeviceNames, cleanValue);
            rowsOfNewerSnapshots += await ReadFileAsync(context, file, options, settings, mapper, collector,
                cancellationToken).ConfigureAwait(false);
        }

        if (collector.Duplicates > 0)
        {
            DeviceExportsLog.DuplicateDevices(context.Logger, collector.Duplicates);
        }

        if (rowsOfNewerSnapshots > 0)
        {
            DeviceExportsLog.RowsOfNewerSnapshots(context.Logger, rowsOfNewerSnapshots);
        }

        // Files is never empty: the settings require a file, and List fails when every file is skipped.
        var oldest = files.Min(file => file.SnapshotDate);
        var newest = files.Max(file => file.SnapshotDate);
        await new DeviceSnapshotPublisher(context)
            .PublishAsync(collector.Devices(), collector.Count, oldest, newest, cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>
    /// Reads one file into the collector and returns how many of its rows were skipped because their device was
    /// already read from a newer snapshot.
    /// </summary>
    private static async Task<long> ReadFileAsync(PullContext context, DeviceExportFile file,
        DeviceExportOptions options, DeviceReadSettings settings, DeviceMapper mapper,
        DeviceSnapshotCollector collector, CancellationToken cancellationToken)
    {
        using var export = ConnectorFiles.OpenDelimited(
            context, file.Path, file.Key, options.Encoding, options.Separator, options.SingleLineRecords);
        var reader = new DeviceRowReader(context, export, options.GetColumnNames(), settings, mapper, collector);
        long rows = 0;

        // Once a newer snapshot gave devices, most rows are skipped after their id: only the fields up to the id
        // are split, the others are counted, and split only for a row that is read.
        var splitFields = collector.Count > 0 ? reader.DeviceIdColumnIndex + 1 : int.MaxValue;
        export.FieldsSplit = reader.PrefetchDevice;
        while (export.ReadRecord(splitFields))
        {
            cancellationToken.ThrowIfCancellationRequested();
            rows++;
            context.RowsRead++;
            if (reader.TrySkipOlderSnapshot())
            {
                continue;
            }

            var candidate = await reader.ReadAsync(export.CurrentRow(), cancellationToken).ConfigureAwait(false);
            if (candidate is { } read)
            {
                await collector.AddAsync(read, cancellationToken).ConfigureAwait(false);
            }
        }

        DeviceExportsLog.FileRead(context.Logger, rows, file.Path);
        await reader.ObserveDateFindingsAsync(cancellationToken).ConfigureAwait(false);
        if (reader.IdentifiedByName > 0)
        {
            DeviceExportsLog.IdentifiedByName(context.Logger, reader.IdentifiedByName, context.DisplayPath(file.Path));
        }

        if (reader.CheckedInAfterSnapshot > 0)
        {
            DeviceExportsLog.CheckedInAfterSnapshot(
                context.Logger, reader.CheckedInAfterSnapshot, context.DisplayPath(file.Path), settings.SnapshotDate);
        }

        // Skipped rows are left out: only the rows parsed show whether the file is newer than its snapshot date.
        var parsedRows = rows - reader.RowsSkippedForNewerSnapshot;
        if (reader.CheckedInAfterSnapshot * 100 > parsedRows * MaxPercentAfterSnapshot)
        {
            throw options.SnapshotDateFromFileName
                ? NewerThanFileName(context, file, reader.CheckedInAfterSnapshot, parsedRows)
                : NewerThanMonth(context, file.Path, options, settings.SnapshotDate, reader.CheckedInAfterSnapshot,
                    rows);
        }

        return reader.RowsSkippedForNewerSnapshot;
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

    /// <summary>
    /// Creates the exception that fails the pull for an export taken after the day its file name gives, by the
    /// same rule as <see cref="NewerThanMonth"/>.
    /// </summary>
    private static ConnectorException NewerThanFileName(
        PullContext context, DeviceExportFile file, long lateRows, long parsedRows)
    {
        var key = ConnectorFiles.SettingsKey(context, nameof(DeviceExportOptions.SnapshotDateFromFileName));
        var day = file.SnapshotDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new ConnectorException(
            $"Connector '{context.Connector}': file {context.DisplayPath(file.Path)} is newer than the date {day} "
            + $"in its name: {lateRows} of its {parsedRows} parsed rows checked in more than a day after that "
            + $"snapshot date, which {key} takes from the file name. Rename the file with the day the export was "
            + "taken.");
    }
}
