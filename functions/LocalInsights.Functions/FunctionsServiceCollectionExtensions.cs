using LocalInsights.Core.Configuration;
using LocalInsights.Functions.Endpoints;
using LocalInsights.Functions.Jobs;
using LocalInsights.Functions.Leases;
using LocalInsights.Functions.Queues;
using LocalInsights.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LocalInsights.Functions;

/// <summary>Registration of the Functions app's services.</summary>
public static class FunctionsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the jobs shared with the command line, then the queues, leases, scheduler and executors. The
    /// storage and jobs settings are validated when the host starts, and a missing storage account for the
    /// queues stops it with the keys to set.
    /// </summary>
    public static IServiceCollection AddLocalInsightsFunctions(this IServiceCollection services,
        IConfiguration configuration)
    {
        services.AddLocalInsightsJobs(configuration);
        services.AddOptions<StorageOptions>().ValidateOnStart();
        services.AddOptions<JobsOptions>()
            .Validate(options => options.HasConnection, MissingConnection)
            .ValidateOnStart();

        services.TryAddSingleton<EnvironmentCatalog>();
        services.TryAddSingleton<RunQueue>();
        services.TryAddSingleton<JobLeases>();
        services.TryAddSingleton<BatchQueue>();
        services.TryAddSingleton<RunAttempts>();
        services.TryAddSingleton<RunScheduler>();
        services.TryAddSingleton<PullRunExecutor>();
        services.TryAddSingleton<AggregationExecutor>();
        return services;
    }

    private static string MissingConnection =>
        $"{JobsOptionsValidator.Key(nameof(JobsOptions.ConnectionString))} and "
        + $"{JobsOptionsValidator.Key(nameof(JobsOptions.AccountName))} are both missing, and so is "
        + $"{JobsOptions.FunctionsStorageSetting}: set the storage account of the run queues and history.";
}
