using LocalInsights.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace LocalInsights.Cli;

/// <summary>
/// Composes the services of a CLI run: the jobs shared with the Functions app (storage, connectors, directory,
/// pipeline, reports, schedules and run history) and console logging.
/// </summary>
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

        services.AddLocalInsightsJobs(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }
}
