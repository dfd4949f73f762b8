using LocalInsights.Core.Connectors;
using LocalInsights.Core.Text;

namespace LocalInsights.Connectors.DeviceExports;

/// <summary>Positions of the device columns in one export file, found by header name.</summary>
internal sealed record DeviceColumnIndexes
{
    public required int DeviceId { get; init; }
    public required string DeviceIdColumn { get; init; }
    public required int LastSyncAt { get; init; }
    public int DeviceName { get; init; } = -1;
    public int SerialNumber { get; init; } = -1;
    public int Manufacturer { get; init; } = -1;
    public int Model { get; init; } = -1;
    public int OperatingSystem { get; init; } = -1;
    public int OsVersion { get; init; } = -1;
    public int EnrolledAt { get; init; } = -1;
    public int Status { get; init; } = -1;

    /// <summary>True when the device id comes from the serial number column, as in a GLPI export with no id.</summary>
    public bool DeviceIdIsSerialNumber => DeviceId >= 0 && DeviceId == SerialNumber;

    /// <summary>
    /// Finds every column; throws a <see cref="ConnectorException"/> naming the key when the device id or last
    /// check-in column is missing, and logs each missing optional column.
    /// </summary>
    public static DeviceColumnIndexes Resolve(PullContext context, DelimitedFile file, DeviceColumnNames names)
    {
        var (idColumn, idIndex) = ResolveDeviceId(context, file, names);
        return new DeviceColumnIndexes
        {
            DeviceId = idIndex,
            DeviceIdColumn = idColumn,
            LastSyncAt = Require(context, file, names.LastSyncAt, nameof(names.LastSyncAt)),
            DeviceName = Optional(context, file, names.DeviceName),
            SerialNumber = Optional(context, file, names.SerialNumber),
            Manufacturer = Optional(context, file, names.Manufacturer),
            Model = Optional(context, file, names.Model),
            OperatingSystem = Optional(context, file, names.OperatingSystem),
            OsVersion = Optional(context, file, names.OsVersion),
            EnrolledAt = Optional(context, file, names.EnrolledAt),
            Status = Optional(context, file, names.Status),
        };
    }

    private static (string Column, int Index) ResolveDeviceId(
        PullContext context, DelimitedFile file, DeviceColumnNames names)
    {
        var index = file.IndexOf(names.DeviceId);
        if (index >= 0)
        {
            return (names.DeviceId, index);
        }

        foreach (var fallback in names.DeviceIdFallbacks)
        {
            index = file.IndexOf(fallback);
            if (index >= 0)
            {
                DeviceExportsLog.DeviceIdFallback(context.Logger, file.Path, names.DeviceId, fallback);
                return (fallback, index);
            }
        }

        return (names.DeviceId, Require(context, file, names.DeviceId, nameof(names.DeviceId)));
    }

    private static int Require(PullContext context, DelimitedFile file, string column, string key)
    {
        var index = file.IndexOf(column);
        if (index < 0)
        {
            throw new ConnectorException(
                $"File {file.Path} has no column '{column}'; its columns are "
                + $"{string.Join(", ", file.Header.Select(name => $"'{name}'"))}. "
                + $"Set {ConnectorFiles.SettingsKey(context, $"Columns:{key}")} to the right column.");
        }

        return index;
    }

    private static int Optional(PullContext context, DelimitedFile file, string? column)
    {
        if (string.IsNullOrWhiteSpace(column))
        {
            return -1;
        }

        var index = file.IndexOf(column);
        if (index < 0)
        {
            DeviceExportsLog.OptionalColumnMissing(context.Logger, file.Path, column);
        }

        return index;
    }
}
