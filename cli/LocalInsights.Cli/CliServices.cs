using LocalInsights.Connectors.DeviceExports;
using LocalInsights.Connectors.Ent;
using LocalInsights.Connectors.Graph;
using LocalInsights.Connectors.Investment;
using LocalInsights.Core.Configuration;
using LocalInsights.Core.Establishments;
using LocalInsights.Core.Pipeline;
using LocalInsights.Core.Storage;
using LocalInsights.Reports.Excel;
using LocalInsights.Storage.AzureBlob;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace LocalInsights.Cli;

/// <summary>Composes the services of a CLI run: storage, connectors, directory, pipeline and reports.</summary>
internal static class CliServices
{
    public static ServiceProvider Build(IConfiguration configuration, bool verbose)
    {
        var services = new ServiceCollection();
        services.AddSingleton(configuration);
        services.AddSingleton(TimeProvider.System);
        // Logs go to standard error so that standard output holds only the run summary.
        services.AddLogging(logging => logging
            .SetMinimumLevel(verbose ? LogLevel.Information : LogLevel.Warning)
            .AddSimpleConsole(console =>
            {
                console.SingleLine = true;
                console.TimestampFormat = "HH:mm:ss ";
            }));
        services.Configure<ConsoleLoggerOptions>(console => console.LogToStandardErrorThreshold = LogLevel.Trace);

        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName).ValidateDataAnnotations();
        services.AddSingleton<IObjectStore>(provider => CreateStore(provider));

        services.AddInvestmentRegisterConnector();
        services.AddDeviceExportConnectors();
        services.AddEntConnectors();
        services.AddGraphConnector();

        services.AddSingleton<IDirectoryLoader, DirectoryLoader>();
        services.AddSingleton<EnvironmentRunner>();
        services.AddSingleton<ExcelReportWriter>();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    private static IObjectStore CreateStore(IServiceProvider provider)
    {
        StorageOptions options;
        try
        {
            options = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
        }
        catch (OptionsValidationException exception)
        {
            throw new ConfigurationException($"{StorageOptions.SectionName} is invalid: {exception.Message}");
        }

        return options.Kind switch
        {
            StorageKind.AzureBlob => AzureBlobStore.Create(options,
                logger: provider.GetRequiredService<ILogger<AzureBlobStore>>()),
            _ => new LocalFolderStore(options.Root),
        };
    }
}
