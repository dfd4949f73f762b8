using System.ComponentModel.DataAnnotations;

namespace LocalInsights.Connectors.DeviceExports.Intune;

/// <summary>Settings of an <see cref="IntuneDeviceExportConnector"/> instance.</summary>
public sealed class IntuneDeviceExportOptions : DeviceExportOptions
{
    /// <summary>Time zone of dates without an offset, <c>UTC</c> by default.</summary>
    /// <remarks>
    /// NOTE: the export's dates are taken as UTC because Graph returns them in UTC. No real export has confirmed it.
    /// </remarks>
    public override string TimeZone { get; set; } = "UTC";

    public IntuneColumnOptions Columns { get; init; } = new();

    /// <summary>True: the columns of the admin centre's device export are names, ids, dates and numbers.</summary>
    internal override bool SingleLineRecords => true;

    internal override DeviceColumnNames GetColumnNames() => new()
    {
        DeviceId = Columns.DeviceId,
        LastSyncAt = Columns.LastSyncAt,
        Category = Columns.Category,
        DeviceName = Columns.DeviceName,
        SerialNumber = Columns.SerialNumber,
        Manufacturer = Columns.Manufacturer,
        Model = Columns.Model,
        OperatingSystem = Columns.OperatingSystem,
        OsVersion = Columns.OsVersion,
        EnrolledAt = Columns.EnrolledAt,
        Status = Columns.Status,
    };

    protected override IEnumerable<ValidationResult> ValidateColumns() =>
        RequireColumn(Columns.DeviceId, nameof(Columns.DeviceId))
            .Concat(RequireColumn(Columns.LastSyncAt, nameof(Columns.LastSyncAt)));
}
