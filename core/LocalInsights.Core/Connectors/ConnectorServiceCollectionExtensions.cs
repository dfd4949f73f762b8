using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LocalInsights.Core.Connectors;

public static class ConnectorServiceCollectionExtensions
{
    /// <summary>
    /// Registers a connector type once; calling it again for the same type changes nothing. Connector projects wrap
    /// this in their own <c>Add…Connector()</c> method.
    /// </summary>
    public static IServiceCollection AddConnector<TConnector>(this IServiceCollection services)
        where TConnector : class, IConnector
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConnector, TConnector>());
        return services;
    }
}
