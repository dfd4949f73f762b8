using LocalInsights.Connectors.Ent.ConnectionLog;
using LocalInsights.Connectors.Ent.OpenEnt;
using LocalInsights.Core.Connectors;
using Microsoft.Extensions.DependencyInjection;

namespace LocalInsights.Connectors.Ent;

/// <summary>Registration of the ENT connectors.</summary>
public static class EntServiceCollectionExtensions
{
    /// <summary>
    /// Registers the <c>open-ent-ng-statistics</c> and <c>ent-connection-log</c> connectors; calling it again
    /// changes nothing.
    /// </summary>
    public static IServiceCollection AddEntConnectors(this IServiceCollection services)
    {
        services.AddConnector<OpenEntStatisticsConnector>();
        services.AddConnector<EntConnectionLogConnector>();
        return services;
    }
}
