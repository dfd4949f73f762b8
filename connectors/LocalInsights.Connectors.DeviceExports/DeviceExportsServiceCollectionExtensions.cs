using LocalInsights.Connectors.DeviceExports.Glpi;
using LocalInsights.Connectors.DeviceExports.Intune;
using LocalInsights.Core.Connectors;
using Microsoft.Extensions.DependencyInjection;

namespace LocalInsights.Connectors.DeviceExports;

/// <summary>Registration of the device export connectors.</summary>
public static class DeviceExportsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the <c>intune-device-export</c> and <c>glpi-computer-export</c> connectors; calling it again
    /// changes nothing.
    /// </summary>
    public static IServiceCollection AddDeviceExportConnectors(this IServiceCollection services)
    {
        services.AddConnector<IntuneDeviceExportConnector>();
        services.AddConnector<GlpiComputerExportConnector>();
        return services;
    }
}
