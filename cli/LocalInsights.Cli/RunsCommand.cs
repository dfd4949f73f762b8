using System.CommandLine;
using System.Globalization;
using Azure;
using LocalInsights.Core.Configuration;
using LocalInsights.Core.Storage;
using LocalInsights.Hosting;
using LocalInsights.Hosting.History;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LocalInsights.Cli;

/// <summary>
/// <c>runs list</c>: prints past runs, newest first. When a jobs storage account is configured
/// (<c>LocalInsights:Jobs</c>), it reads the run history table that the Functions app writes. Otherwise it reads
/// the run records of the store's <c>runs/</c> folders.
/// </summary>
internal static class RunsCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var config = new Option<FileInfo>("--config")
        {
            Description = "JSON configuration file of the environments.", Required = true,
        };
        var environment = new Option<string?>("--environment")
        {
            Description = "Environment id to list; default: every environment.",
        };
        var days = new Option<int?>("--days")
        {
            Description = "Number of days back to list; default: LocalInsights:Jobs:HistoryDays (30).",
        };

        var list = new Command("list", "List past runs with their status, counts and failures.")
        {
            config, environment, days,
        };
        list.SetAction((parsed, cancellationToken) => ListAsync(parsed.GetValue(config)!,
            parsed.GetValue(environment), parsed.GetValue(days), output, error, cancellationToken));
        return new Command("runs", "Show what ran, what failed and why.") { list };
    }

    private static async Task<int> ListAsync(FileInfo config, string? environment, int? days, TextWriter output,
        TextWriter error, CancellationToken cancellationToken)
    {
        if (days is < 1 or > 3650)
        {
            await error.WriteLineAsync($"--days {days} is invalid: give 1 to 3650 days.").ConfigureAwait(false);
            return CliApplication.ExitUsage;
        }

        try
        {
            var setup = CliConfiguration.Build(new RunArguments(false, config, environment, new DirectoryInfo("out"),
                null, false), error);
            await using var services = CliServices.Build(setup.Configuration, verbose: false);
            var options = services.GetRequiredService<IOptions<JobsOptions>>().Value;
            var since = services.GetRequiredService<TimeProvider>().GetUtcNow().AddDays(-(days ?? options.HistoryDays));
            if (options.HasConnection)
            {
                var history = services.GetRequiredService<RunHistoryTable>();
                var runs = await history.ListRunsAsync(environment, since, cancellationToken).ConfigureAwait(false);
                await RunListWriter.WriteAsync(output, runs).ConfigureAwait(false);
            }
            else
            {
                var ids = environment is { } one ? [one] : EnvironmentSettings.ListIds(setup.Configuration);
                await ListStoredAsync(services.GetRequiredService<IObjectStore>(), ids, since, output, error,
                    cancellationToken).ConfigureAwait(false);
            }

            return CliApplication.ExitSucceeded;
        }
        catch (Exception exception) when (exception is ConfigurationException or OptionsValidationException)
        {
            await error.WriteLineAsync(exception.Message).ConfigureAwait(false);
            return CliApplication.ExitFailed;
        }
        catch (RequestFailedException exception)
        {
            await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Reading the run history table failed with HTTP {exception.Status} {exception.ErrorCode}. Check "
                + $"{JobsOptions.SectionName}:ConnectionString or the identity's access to the table."))
                .ConfigureAwait(false);
            return CliApplication.ExitFailed;
        }
    }

    private static async Task ListStoredAsync(IObjectStore store, IReadOnlyList<string> environments,
        DateTimeOffset since, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        foreach (var environment in environments)
        {
            var records = await StoredRunRecords.ListAsync(store, environment, since,
                (path, problem) => error.WriteLine($"Run record {path} is not valid JSON and was skipped: {problem}"),
                cancellationToken).ConfigureAwait(false);
            await RunListWriter.WriteAsync(output, records).ConfigureAwait(false);
        }
    }
}
