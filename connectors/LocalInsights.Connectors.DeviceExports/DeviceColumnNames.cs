namespace LocalInsights.Connectors.DeviceExports;

/// <summary>
/// Header names of the export columns that become device fields. A null or empty optional name leaves its field
/// empty. No personal column (user, e-mail, phone, IMEI) is ever listed here.
/// </summary>
internal sealed record DeviceColumnNames
{
    public required string DeviceId { get; init; }

    /// <summary>Columns the device id is read from, in order, when <see cref="DeviceId"/> is not in the file.</summary>
    public IReadOnlyList<string> DeviceIdFallbacks { get; init; } = [];

    public required string LastSyncAt { get; init; }

    /// <summary>Column that CategoryMap rules read by default.</summary>
    public required string Category { get; init; }

    public string? DeviceName { get; init; }
    public string? SerialNumber { get; init; }
    public string? Manufacturer { get; init; }
    public string? Model { get; init; }
    public string? OperatingSystem { get; init; }
    public string? OsVersion { get; init; }
    public string? EnrolledAt { get; init; }
    public string? Status { get; init; }
}
