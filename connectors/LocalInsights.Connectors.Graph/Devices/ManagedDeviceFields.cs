using System.Text.Json;
using LocalInsights.Core.Devices.Mapping;
using Microsoft.Graph.Models;

namespace LocalInsights.Connectors.Graph.Devices;

/// <summary>
/// The managed device properties the connector requests (<c>$select</c>) and how mapping rules read them. Personal
/// properties (user principal name, e-mail address, user display name, phone numbers) are never requested.
/// </summary>
internal static class ManagedDeviceFields
{
    public const string DeviceName = "deviceName";
    public const string Category = "deviceCategoryDisplayName";
    public const string SerialNumber = "serialNumber";

    /// <summary>Fields a mapping rule may not read, because they identify a person.</summary>
    public static readonly IReadOnlySet<string> Personal = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "userPrincipalName", "emailAddress", "userDisplayName", "userId", "phoneNumber", "imei", "meid",
        "wiFiMacAddress", "ethernetMacAddress", "iccid", "udid",
    };

    public static readonly DeviceMappingDefaults MappingDefaults = new(DeviceName, Category, SerialNumber);

    private static readonly string[] Reported =
    [
        "id", DeviceName, SerialNumber, "model", "manufacturer", "operatingSystem", "osVersion", "enrolledDateTime",
        "lastSyncDateTime", "complianceState", Category,
    ];

    /// <summary>The <c>$select</c> list: the reported fields and the fields the mapping rules read.</summary>
    public static string[] Select(DeviceMapper mapper) =>
        Reported.Concat(mapper.Rules.Select(rule => rule.Field).OfType<string>().Where(field => field.Length > 0))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToArray();

    /// <summary>Returns a property of <paramref name="device"/> by its Graph name as text, or null.</summary>
    public static string? Read(ManagedDevice device, string name)
    {
        var value = device.BackingStore.Get<object?>(name)
            ?? (device.AdditionalData.TryGetValue(name, out var additional) ? additional : null);
        var text = value switch
        {
            null => null,
            string plain => plain,
            Enum member => JsonNamingPolicy.CamelCase.ConvertName(member.ToString()),
            _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
        };
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }
}
