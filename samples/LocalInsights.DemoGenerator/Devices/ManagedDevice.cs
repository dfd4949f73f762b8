namespace LocalInsights.DemoGenerator.Devices;

/// <summary>One device of the Intune export, with the mapping rule the demo designed it for.</summary>
internal sealed class ManagedDevice
{
    public required string DeviceId { get; init; }

    public required PurchaseBatch Batch { get; init; }

    public required string SerialNumber { get; init; }

    public string Name { get; set; } = string.Empty;

    public string Category { get; set; } = string.Empty;

    public MappingMethod Mapping { get; set; }

    public DateTime EnrolledUtc { get; set; }

    /// <summary>Last check-in in UTC, or null when the device never checked in.</summary>
    public DateTime? LastCheckInUtc { get; set; }

    public FakePerson? PrimaryUser { get; set; }

    public string PrimaryUserEmail { get; set; } = string.Empty;

    public string Compliance { get; set; } = "Compliant";

    public string OsVersion { get; set; } = string.Empty;

    public string EntraDeviceId { get; set; } = string.Empty;

    public string UserId { get; set; } = string.Empty;

    public int FreeStorageMb { get; set; }

    public DeviceModel Model => Batch.Model;
}
