namespace LocalInsights.Bench.Region.Generation;

/// <summary>
/// The 53 columns of the Intune admin centre device export, in the order of
/// <c>samples/demo/sources/intune/intune-devices-export.csv</c>.
/// </summary>
internal static class IntuneExportColumns
{
    public const int DeviceId = 0;
    public const int DeviceName = 1;
    public const int EnrollmentDate = 2;
    public const int LastCheckIn = 3;
    public const int AzureAdDeviceId = 4;
    public const int OsVersion = 5;
    public const int SerialNumber = 8;
    public const int Manufacturer = 9;
    public const int Model = 10;
    public const int ManagementName = 23;
    public const int Compliance = 31;
    public const int OperatingSystem = 38;

    public static readonly string[] Names =
    [
        "Device ID", "Device name", "Enrollment date", "Last check-in", "Azure AD Device ID", "OS version",
        "Azure AD registered", "EAS activation ID", "Serial number", "Manufacturer", "Model", "EAS activated", "IMEI",
        "Last EAS sync time", "EAS reason", "EAS status", "Compliance grace period expiration",
        "Security patch level", "Wi-Fi MAC", "MEID", "Subscriber carrier", "Total storage", "Free storage",
        "Management name", "Category", "UserId", "Primary user UPN", "Primary user email address",
        "Primary user display name", "WiFiIPv4Address", "WiFiSubnetID", "Compliance", "Managed by", "Ownership",
        "Device state", "Intune registered", "Supervised", "Encrypted", "OS", "SkuFamily", "JoinType",
        "Phone number", "Jailbroken", "ICCID", "EthernetMAC", "CellularTechnology", "ProcessorArchitecture", "EID",
        "SystemManagementBIOSVersion", "TPMManufacturerId", "TPMManufacturerVersion", "ProductName",
        "Management certificate expiration date",
    ];
}
