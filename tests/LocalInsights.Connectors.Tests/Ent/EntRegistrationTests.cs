using LocalInsights.Connectors.Ent;
using LocalInsights.Core.Connectors;
using Microsoft.Extensions.DependencyInjection;

namespace LocalInsights.Connectors.Tests.Ent;

public sealed class EntRegistrationTests
{
    [Fact]
    public void AddTwice_RegistersBothConnectorsOnce()
    {
        var services = new ServiceCollection();

        services.AddEntConnectors();
        services.AddEntConnectors();
        using var provider = services.BuildServiceProvider();
        var types = provider.GetServices<IConnector>().Select(connector => connector.Descriptor.Type).ToList();

        Assert.Equal(["open-ent-ng-statistics", "ent-connection-log"], types);
    }
}
