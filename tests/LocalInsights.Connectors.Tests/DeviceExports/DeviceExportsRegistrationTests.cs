using LocalInsights.Connectors.DeviceExports;
using LocalInsights.Core.Connectors;
using Microsoft.Extensions.DependencyInjection;

namespace LocalInsights.Connectors.Tests.DeviceExports;

public sealed class DeviceExportsRegistrationTests
{
    [Fact]
    public void AddTwice_RegistersBothConnectorsOnce()
    {
        var services = new ServiceCollection();

        services.AddDeviceExportConnectors();
        services.AddDeviceExportConnectors();
        using var provider = services.BuildServiceProvider();
        var types = provider.GetServices<IConnector>().Select(connector => connector.Descriptor.Type).ToList();

        Assert.Equal(["intune-device-export", "glpi-computer-export"], types);
    }
}
