using LocalInsights.Core.Devices.Mapping;

namespace LocalInsights.Connectors.Graph;

/// <summary>Settings of the managed device listing (<c>/deviceManagement/managedDevices</c>).</summary>
public sealed class GraphDeviceOptions
{
    /// <summary>Whether managed devices are read. Default true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Whether device names are stored (default false). Mapping rules read them either way. No report shows them,
    /// and Intune's default names for devices enrolled by their user embed that person's name.
    /// </summary>
    public bool StoreDeviceNames { get; set; }

    /// <summary>
    /// Rules that find each device's establishment. <c>Field</c> names a managed device property; by default a
    /// name pattern reads <c>deviceName</c>, a category map reads <c>deviceCategoryDisplayName</c> and serial
    /// numbers read <c>serialNumber</c>.
    /// </summary>
    public DeviceMappingOptions Mapping { get; init; } = new();
}
