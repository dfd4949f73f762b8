namespace LocalInsights.Connectors.DeviceExports.Intune;

/// <summary>
/// Header names of the Intune admin centre device export ("Devices &gt; All devices &gt; Export"). Defaults are
/// the English headers of that export; change one when a tenant's export names it differently. Personal columns
/// (Primary user UPN, e-mail address, display name, phone number, IMEI) have no setting because they are never
/// read.
/// </summary>
public sealed class IntuneColumnOptions
{
    public string DeviceId { get; set; } = "Device ID";
    public string DeviceName { get; set; } = "Device name";
    public string EnrolledAt { get; set; } = "Enrollment date";

    /// <summary>Last check-in. <c>0001-01-01</c> and other placeholder dates mean the device was never seen.</summary>
    public string LastSyncAt { get; set; } = "Last check-in";

    public string OperatingSystem { get; set; } = "OS";
    public string OsVersion { get; set; } = "OS version";
    public string SerialNumber { get; set; } = "Serial number";
    public string Manufacturer { get; set; } = "Manufacturer";
    public string Model { get; set; } = "Model";

    /// <summary>Device category, the column CategoryMap rules read by default.</summary>
    public string Category { get; set; } = "Category";

    /// <summary>Compliance state, stored as the device's status.</summary>
    public string Status { get; set; } = "Compliance";
}
