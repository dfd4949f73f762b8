using LocalInsights.Connectors.DeviceExports;
using LocalInsights.Connectors.Ent;
using LocalInsights.Connectors.Graph;
using LocalInsights.Connectors.Investment;
using LocalInsights.Core.Configuration;
using LocalInsights.Core.Establishments;
using LocalInsights.Core.Pipeline;
using LocalInsights.Core.Storage;
using LocalInsights.Reports.Excel;
using LocalInsights.Reports.PowerBI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LocalInsights.Hosting;

/// <summary>Registration of the jobs that the command line and the Functions app both run.</summary>
public static class JobsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the store selected by <c>LocalInsights:Storage</c>, every connector type, the directory loader,
    /// <see cref="EnvironmentRunner"/>, <see cref="ExcelReportWriter"/>, the schedules and the run history table.
    /// Calling it twice registers nothing twice. Logging is left to the host.
    /// </summary>
    public static IServiceCollection AddLocalInsightsJobs(
        this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(configuration);
        services.TryAddSingleton(TimeProvider.System);

        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName).ValidateDataAnnotations();
        services.TryAddSingleton<IObjectStore>(ObjectStoreFactory.Create);

        services.AddInvestmentRegisterConnector();
        services.AddDeviceExportConnectors();
        services.AddEntConnectors();
        services.AddGraphConnector();

        services.TryAddSingleton<IDirectoryLoader, DirectoryLoader>();
        services.TryAddSingleton<EnvironmentRunner>();
        services.TryAddSingleton<ExcelReportWriter>();
        services.AddPowerBIPublisher();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IReportPublisher, PowerBIReportPublisher>());

        services.AddOptions<JobsOptions>().BindConfiguration(JobsOptions.SectionName)
            .PostConfigure<IConfiguration>(UseFunctionsStorageByDefault);
        services.TryAddEnumerable(
            ServiceDescriptor.Singleton<IValidateOptions<JobsOptions>, JobsOptionsValidator>());
        services.TryAddSingleton<JobsStorageAccount>();
        services.TryAddSingleton<Scheduling.ScheduleReader>();
        services.TryAddSingleton<History.RunHistoryTable>();
        return services;
    }

    /// <summary>
    /// Falls back to the Functions runtime's own storage account, <c>AzureWebJobsStorage</c> as a connection
    /// string or <c>AzureWebJobsStorage__accountName</c> for a managed identity, when no account is set.
    /// </summary>
    private static void UseFunctionsStorageByDefault(JobsOptions options, IConfiguration configuration)
    {
        if (options.HasConnection)
        {
            return;
        }

        var section = configuration.GetSection(JobsOptions.FunctionsStorageSetting);
        options.ConnectionString = string.IsNullOrWhiteSpace(section.Value) ? null : section.Value;
        options.AccountName = options.ConnectionString is null ? section["accountName"] : null;
    }
}
