using System.Globalization;

namespace LocalInsights.DemoGenerator.Devices;

/// <summary>
/// The shape of the Intune admin centre export "Devices > All devices > Export" (report DevicesWithInventory):
/// 53 columns in this order, every value quoted, ',' separators, UTF-8 with a byte order mark, CRLF.
/// </summary>
/// <remarks>
/// NOTE: the column list matches public scripts that read this export by position (2024-2025). Microsoft adds
/// and renames columns over time, so a reader must select columns by header name.
/// </remarks>
internal static class IntuneExportFormat
{
    /// <summary>Date format of the export: UTC, no zone designator, seven fractional digits.</summary>
    public const string DateFormat = "yyyy-MM-dd HH:mm:ss.fffffff";

    /// <summary>What the export writes for a date that never happened (DateTime.MinValue).</summary>
    public const string NeverDate = "0001-01-01 00:00:00.0000000";

    /// <summary>What the export writes in "Compliance grace period expiration" outside a grace period.</summary>
    public const string NoGracePeriod = "9999-12-31 23:59:59.9999999";

    public static readonly IReadOnlyList<string> Header =
    [
        "Device ID", "Device name", "Enrollment date", "Last check-in", "Azure AD Device ID", "OS version",
        "Azure AD registered", "EAS activation ID", "Serial number", "Manufacturer", "Model", "EAS activated",
        "IMEI", "Last EAS sync time", "EAS reason", "EAS status", "Compliance grace period expiration",
        "Security patch level", "Wi-Fi MAC", "MEID", "Subscriber carrier", "Total storage", "Free storage",
        "Management name", "Category", "UserId", "Primary user UPN", "Primary user email address",
        "Primary user display name", "WiFiIPv4Address", "WiFiSubnetID", "Compliance", "Managed by", "Ownership",
        "Device state", "Intune registered", "Supervised", "Encrypted", "OS", "SkuFamily", "JoinType",
        "Phone number", "Jailbroken", "ICCID", "EthernetMAC", "CellularTechnology", "ProcessorArchitecture", "EID",
        "SystemManagementBIOSVersion", "TPMManufacturerId", "TPMManufacturerVersion", "ProductName",
        "Management certificate expiration date",
    ];

    public static string FormatDate(DateTime? utc) =>
        utc is null ? NeverDate : utc.Value.ToString(DateFormat, CultureInfo.InvariantCulture);

    /// <summary>
    /// Returns the "Management name" Intune gives a device enrolled by a user: user, platform and enrolment
    /// time, such as "camille.martin_Windows_9/4/2024_7:42 AM". It contains a person's name.
    /// </summary>
    public static string ManagementName(string userName, string platform, DateTime enrolledUtc) =>
        $"{userName}_{platform}_{enrolledUtc.ToString("M/d/yyyy_h:mm tt", CultureInfo.InvariantCulture)}";
}
