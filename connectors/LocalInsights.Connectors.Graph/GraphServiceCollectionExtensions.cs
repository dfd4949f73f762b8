using LocalInsights.Connectors.Graph.Client;
using LocalInsights.Connectors.Graph.Throttling;
using LocalInsights.Core.Connectors;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LocalInsights.Connectors.Graph;

/// <summary>Registration of the Microsoft Graph connector.</summary>
public static class GraphServiceCollectionExtensions
{
    /// <summary>
    /// Registers the <c>microsoft-graph</c> connector, the request budgets shared by its pulls and the
    /// Azure.Identity credential factory (unless another <see cref="IGraphCredentialFactory"/> is registered);
    /// calling it again changes nothing.
    /// </summary>
    public static IServiceCollection AddGraphConnector(this IServiceCollection services)
    {
        services.TryAddSingleton<GraphRequestBudgets>();
        services.TryAddSingleton<IGraphCredentialFactory, AzureIdentityCredentialFactory>();
        services.AddConnector<GraphConnector>();
        return services;
    }
}
