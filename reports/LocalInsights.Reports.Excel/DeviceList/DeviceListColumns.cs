using LocalInsights.Reports.Excel.Tables;

namespace LocalInsights.Reports.Excel.DeviceList;

/// <summary>
/// Columns of the device list, in sheet order. Device names, serial numbers and other fields that may identify a
/// person are left out on purpose.
/// </summary>
internal static class DeviceListColumns
{
    public static readonly IReadOnlyList<DeviceListColumn> All =
    [
        new("UAI", ColumnKind.Text, 10, (device, _) => device.Uai ?? Sheets.ReportWords.Unmapped),
        new("Source", ColumnKind.Text, 16, (device, _) => device.Source),
        new("Device ID", ColumnKind.Text, 36, (device, _) => device.DeviceId),
        new("Model", ColumnKind.Text, 24, (device, _) => device.Model),
        new("Operating system", ColumnKind.Text, 12, (device, _) => device.OperatingSystem),
        new("OS version", ColumnKind.Text, 14, (device, _) => device.OsVersion),
        new("Last check-in", ColumnKind.DateTime, 16, (device, _) => device.LastSyncAt),
        new("Days since check-in", ColumnKind.Integer, 6, (device, rule) => rule.DaysSinceCheckIn(device)),
        new("State", ColumnKind.Text, 10, (device, rule) => StateText(rule.Classify(device))),
        new("Snapshot date", ColumnKind.Date, 10, (device, _) => device.SnapshotDate),
    ];

    public static string StateText(DeviceActivityState state) => state switch
    {
        DeviceActivityState.Active => "Active",
        DeviceActivityState.Idle => "Idle",
        _ => "Never seen",
    };
}
