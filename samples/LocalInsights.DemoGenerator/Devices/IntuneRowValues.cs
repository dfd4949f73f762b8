namespace LocalInsights.DemoGenerator.Devices;

/// <summary>
/// Turns a managed device into the 53 values of one Intune export row. Columns the product has no use for
/// (Wi-Fi MAC, TPM version, certificate expiry...) are left empty to keep the demo small.
/// </summary>
internal static class IntuneRowValues
{
    public static string[] For(ManagedDevice device, DateTime? lastCheckIn, SeededRandom random)
    {
        var model = device.Model;
        var windows = model.IsWindows;
        var ipad = model.Os == "iOS/iPadOS";
        var user = device.PrimaryUser;
        var upn = user is null ? string.Empty : device.PrimaryUserEmail;
        var managementName = user is null
            ? device.Name
            : IntuneExportFormat.ManagementName(upn.Split('@')[0], model.Os, device.EnrolledUtc);
        return
        [
            device.DeviceId, device.Name, IntuneExportFormat.FormatDate(device.EnrolledUtc),
            IntuneExportFormat.FormatDate(lastCheckIn), device.EntraDeviceId, device.OsVersion,
            "Yes", string.Empty, device.SerialNumber, model.Manufacturer, model.Model, "No",
            string.Empty, IntuneExportFormat.NeverDate, string.Empty, string.Empty, GraceExpiry(device),
            model.Os == "Android" ? "2026-10-01" : string.Empty, string.Empty, string.Empty, string.Empty,
            DeviceDetails.FormatMb(DeviceDetails.TotalStorageMb(model)), DeviceDetails.FormatMb(device.FreeStorageMb),
            managementName, device.Category, device.UserId, upn, upn, user?.DisplayName ?? string.Empty,
            string.Empty, string.Empty, device.Compliance, "Intune", "Corporate",
            "Managed", "Yes", ipad ? "Yes" : "No", windows && random.Chance(0.12) ? "No" : "Yes", model.Os,
            windows ? "Education" : string.Empty, windows ? "Microsoft Entra joined" : string.Empty,
            string.Empty, windows ? "Unknown" : "False", string.Empty,
            model.Kind == DeviceKind.Desktop ? random.NextString(12, "0123456789ABCDEF") : string.Empty,
            string.Empty, windows ? "x64" : "ARM64", string.Empty,
            string.Empty, windows ? "IFX" : string.Empty, string.Empty, ProductName(model), string.Empty,
        ];
    }

    private static string GraceExpiry(ManagedDevice device) =>
        device.Compliance == "In grace period"
            ? IntuneExportFormat.FormatDate(DemoCalendar.SnapshotUtc.AddDays(3))
            : IntuneExportFormat.NoGracePeriod;

    private static string ProductName(DeviceModel model) => model.Model switch
    {
        "iPad (9th generation)" => "iPad12,1",
        "iPad (10th generation)" => "iPad13,18",
        _ => string.Empty,
    };
}
