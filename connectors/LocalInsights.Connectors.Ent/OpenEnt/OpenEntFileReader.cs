using LocalInsights.Core.Connectors;
using LocalInsights.Core.Model;
using LocalInsights.Core.Text;

namespace LocalInsights.Connectors.Ent.OpenEnt;

/// <summary>Reads one Open ENT NG statistics export and writes its rows of the pull window.</summary>
internal sealed class OpenEntFileReader(PullContext context, OpenEntStatisticsOptions options, EntProfileMap profiles)
{
    private readonly DateParser _dates = new(
        options.DateFormats.Count > 0 ? options.DateFormats : OpenEntStatisticsOptions.DefaultDateFormats);

    public async Task ReadAsync(string path, string key, CancellationToken cancellationToken)
    {
        using var file = ConnectorFiles.OpenDelimited(context, path, key, options.Encoding, options.Separator);
        var kind = OpenEntHeaders.Detect(file) ?? throw new ConnectorException(
            $"File {path} is not an Open ENT NG statistics export: its header has none of the columns "
            + $"'{OpenEntHeaders.ProvisionedAccounts}', '{OpenEntHeaders.Accesses}' or '{OpenEntHeaders.DeviceType}'. "
            + $"Check the file named in {ConnectorFiles.SettingsKey(context, key)}.");
        var columns = OpenEntColumns.Resolve(context, file, kind, key);
        var rows = new OpenEntRowReader(context, options, columns, new EntRowChecker(context, path, _dates, profiles));
        long read = 0;
        long outside = 0;
        while (file.ReadRow() is { } row)
        {
            cancellationToken.ThrowIfCancellationRequested();
            read++;
            context.RowsRead++;
            var result = await rows.ReadAsync(row, kind, cancellationToken).ConfigureAwait(false);
            outside += result.OutsideWindow ? 1 : 0;
            if (result.Statistic is not null)
            {
                await context.WriteAsync(result.Statistic, cancellationToken).ConfigureAwait(false);
            }
        }

        LogFile(path, kind, read, outside);
    }

    private void LogFile(string path, OpenEntExportKind kind, long read, long outside)
    {
        EntLog.StatisticsFileRead(context.Logger, read, path, kind);
        if (outside > 0)
        {
            EntLog.RowsOutsideWindow(context.Logger, outside, path, context.Window);
        }

        // NOTE: device-type exports are read and their UAI codes checked, but nothing of them is stored, because
        // PlatformStatistic has no device-type field. Their connections are the accounts export's connections
        // split another way.
        if (kind == OpenEntExportKind.DeviceType)
        {
            EntLog.DeviceTypeExportSkipped(context.Logger, path, read);
        }
    }
}
