using System.Text.Json;
using LocalInsights.Core.Devices.Mapping;
using LocalInsights.Core.Model;
using LocalInsights.Core.Text;
using Microsoft.Graph.Models;

namespace LocalInsights.Connectors.Graph.Devices;

/// <summary>
/// Turns a managed device of the SDK into a <see cref="DeviceSnapshot"/> that keeps only the reported fields,
/// with the mapping rule that matched and its UAI text, still to be checked.
/// </summary>
internal sealed class ManagedDeviceReader(
    string source, DateOnly snapshotDate, bool storeDeviceNames, DeviceMapper mapper)
{
    public DeviceSnapshot Read(ManagedDevice device, string id)
    {
        var match = mapper.Match(ManagedDeviceFields.MappingDefaults,
            field => ManagedDeviceFields.Personal.Contains(field) ? null : ManagedDeviceFields.Read(device, field));
        return new DeviceSnapshot
        {
            SnapshotDate = snapshotDate,
            Source = source,
            DeviceId = id,
            DeviceName = storeDeviceNames ? Text(device.DeviceName) : null,
            SerialNumber = Text(device.SerialNumber),
            Manufacturer = Text(device.Manufacturer),
            Model = Text(device.Model),
            OperatingSystem = Text(device.OperatingSystem),
            OsVersion = Text(device.OsVersion),
            EnrolledAt = Instant(device.EnrolledDateTime),
            LastSyncAt = Instant(device.LastSyncDateTime),
            Status = device.ComplianceState is { } state
                ? JsonNamingPolicy.CamelCase.ConvertName(state.ToString())
                : null,
            Uai = match?.UaiText,
            MappingRule = match?.Rule,
        };
    }

    /// <summary>
    /// Returns the instant, or null for Intune's "never" (<c>0001-01-01T00:00:00Z</c>) and other placeholders.
    /// </summary>
    internal static DateTimeOffset? Instant(DateTimeOffset? value) =>
        value is { } instant && !DateParser.IsSentinel(instant) ? instant : null;

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
