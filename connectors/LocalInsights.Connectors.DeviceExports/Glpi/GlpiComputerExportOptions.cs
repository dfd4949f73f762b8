using System.ComponentModel.DataAnnotations;

namespace LocalInsights.Connectors.DeviceExports.Glpi;

/// <summary>Settings of a <see cref="GlpiComputerExportConnector"/> instance.</summary>
public sealed class GlpiComputerExportOptions : DeviceExportOptions
{
    /// <summary>Time zone of GLPI's dates, which carry none: <c>Europe/Paris</c> by default.</summary>
    public override string TimeZone { get; set; } = "Europe/Paris";

    public GlpiColumnOptions Columns { get; init; } = new();

    internal override DeviceColumnNames GetColumnNames() => new()
    {
        DeviceId = Columns.DeviceId,
        DeviceIdFallbacks = [Columns.SerialNumber, Columns.DeviceName],
        LastSyncAt = Columns.LastSyncAt,
        Category = Columns.Entity,
        DeviceName = Columns.DeviceName,
        SerialNumber = Columns.SerialNumber,
        Manufacturer = Columns.Manufacturer,
        Model = Columns.Model,
        OperatingSystem = Columns.OperatingSystem,
        OsVersion = Columns.OsVersion,
        Status = Columns.Status,
    };

    protected override IEnumerable<ValidationResult> ValidateColumns() =>
        RequireColumn(Columns.DeviceId, nameof(Columns.DeviceId))
            .Concat(RequireColumn(Columns.LastSyncAt, nameof(Columns.LastSyncAt)));
}
