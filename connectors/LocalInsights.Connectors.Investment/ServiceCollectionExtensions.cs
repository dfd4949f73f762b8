using LocalInsights.Core.Connectors;
using Microsoft.Extensions.DependencyInjection;

namespace LocalInsights.Connectors.Investment;

/// <summary>Registration of the investment register connector in a host's services.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers the <c>investment-register</c> connector. Calling it again changes nothing.
    /// </summary>
    public static IServiceCollection AddInvestmentRegisterConnector(this IServiceCollection services) =>
        services.AddConnector<InvestmentRegisterConnector>();
}
