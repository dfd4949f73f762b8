using System.CommandLine;
using System.Globalization;
using LocalInsights.Core.Configuration;
using LocalInsights.Core.Connectors;
using LocalInsights.Core.Pipeline;
using LocalInsights.Hosting;
using LocalInsights.Core.Storage;
using LocalInsights.Reports.Excel;
using LocalInsights.Reports.Excel.DeviceList;
using Microsoft.Extensions.DependencyInjection;

namespace LocalInsights.Cli;

/// <summary><c>run</c>: runs every job of one or all configured environments and writes the workbooks.</summary>
internal static class RunCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var demo = new Option<bool>("--demo") { Description = "Run the bundled demo environment (Ille-et-Vilaine)." };
        var config = new Option<FileInfo?>("--config") { Description = "JSON configuration file of the environments." };
        var environment = new Option<string?>("--environment")
        {
            Description = "Environment id to run; default: every environment of the configuration.",
        };
        var outDirectory = new Option<DirectoryInfo>("--out")
        {
            Description = "Folder the Excel workbooks are written to.",
            DefaultValueFactory = _ => new DirectoryInfo("out"),
        };
        var month = new Option<string?>("--month")
        {
            Description = "Month to run, as yyyy-MM; default: the environment's Month setting, else last month.",
        };
        var verbose = new Option<bool>("--verbose") { Description = "Log every step, not only warnings and errors." };

        var command = new Command("run", "Pull every source of an environment, aggregate and write the workbook.")
        {
            demo, config, environment, outDirectory, month, verbose,
        };
        command.SetAction((parsed, cancellationToken) => ExecuteAsync(new RunArguments(
            parsed.GetValue(demo), parsed.GetValue(config), parsed.GetValue(environment),
            parsed.GetValue(outDirectory)!, parsed.GetValue(month), parsed.GetValue(verbose)),
            output, error, cancellationToken));
        return command;
    }

    private static async Task<int> ExecuteAsync(RunArguments arguments, TextWriter output, TextWriter error,
        CancellationToken cancellationToken)
    {
        if (arguments.Demo == (arguments.Config is not null))
        {
            await error.WriteLineAsync(
                "Give either --demo or --config FILE: one of the two, not both and not neither.").ConfigureAwait(false);
            return CliApplication.ExitUsage;
        }

        if (File.Exists(arguments.Out.FullName))
        {
            await error.WriteLineAsync(
                $"--out {arguments.Out.FullName} is a file: give a folder for the workbooks.").ConfigureAwait(false);
            return CliApplication.ExitUsage;
        }

        try
        {
            var setup = CliConfiguration.Build(arguments, error);
            await using var services = CliServices.Build(setup.Configuration, arguments.Verbose);
            var runner = services.GetRequiredService<EnvironmentRunner>();
            var ids = arguments.Environment is { } one ? [one] : EnvironmentSettings.ListIds(setup.Configuration);
            if (ids.Count == 0)
            {
                await error.WriteLineAsync($"No environment is configured in {setup.ConfigurationFile}.")
                    .ConfigureAwait(false);
                return CliApplication.ExitFailed;
            }

            var exitCode = CliApplication.ExitSucceeded;
            foreach (var id in ids)
            {
                var settings = EnvironmentSettings.Load(setup.Configuration, id, setup.BaseDirectory,
                    runner.ConnectorTypes);
                var code = await RunEnvironmentAsync(services, runner, settings, arguments, output, error,
                    cancellationToken).ConfigureAwait(false);
                exitCode = Math.Max(exitCode, code);
            }

            return exitCode;
        }
        catch (ConfigurationException exception)
        {
            await error.WriteLineAsync(exception.Message).ConfigureAwait(false);
            return CliApplication.ExitFailed;
        }
        catch (FormatException exception)
        {
            await error.WriteLineAsync(exception.Message).ConfigureAwait(false);
            return CliApplication.ExitUsage;
        }
        catch (CliUsageException exception)
        {
            await error.WriteLineAsync(exception.Message).ConfigureAwait(false);
            return CliApplication.ExitUsage;
        }
    }

    private static async Task<int> RunEnvironmentAsync(IServiceProvider services, EnvironmentRunner runner,
        EnvironmentSettings settings, RunArguments arguments, TextWriter output, TextWriter error,
        CancellationToken cancellationToken)
    {
        var timeProvider = services.GetRequiredService<TimeProvider>();
        var window = arguments.Month is { } text ? PullWindow.ParseMonth(text)
            : settings.DefaultWindow ?? LastMonth(timeProvider);
        RejectFutureMonth(window, timeProvider);
        var progress = new ConsoleProgress(error, settings.Id);
        using var runLock = RunLock.Acquire(services.GetRequiredService<IObjectStore>(), settings.Id);
        var outcome = await runner.RunAsync(settings, window, progress, cancellationToken).ConfigureAwait(false);

        string? workbook = null;
        if (outcome.Facts is not null)
        {
            Directory.CreateDirectory(arguments.Out.FullName);
            workbook = Path.Combine(arguments.Out.FullName,
                string.Create(CultureInfo.InvariantCulture, $"localinsights-{settings.Id}-{window.Label}.xlsx"));
            var devices = new CanonicalReader(services.GetRequiredService<IObjectStore>())
                .ReadLatestDevicesAsync(settings.Id, window, cancellationToken);
            var rule = new DeviceActivityRule(window.To, settings.Metrics.ActiveDeviceDays);
            await services.GetRequiredService<ExcelReportWriter>()
                .WriteAsync(outcome.Facts, workbook, devices, rule, cancellationToken: cancellationToken)
                .ConfigureAwait(false);
        }

        var publications = outcome.Facts is null
            ? []
            : await PublishAsync(services, outcome.Facts, cancellationToken).ConfigureAwait(false);
        await RunSummary.WriteAsync(output, settings, outcome, workbook, publications).ConfigureAwait(false);
        return outcome.Record.Status switch
        {
            RunStatus.Succeeded when publications.All(item => item.Publication.Succeeded) =>
                CliApplication.ExitSucceeded,
            RunStatus.Succeeded or RunStatus.PartiallyFailed => CliApplication.ExitPartiallyFailed,
            _ => CliApplication.ExitFailed,
        };
    }

    /// <summary>Hands the facts to every report publisher, such as Power BI, after the workbook is written.</summary>
    private static async Task<List<(string Name, ReportPublication Publication)>> PublishAsync(
        IServiceProvider services, Core.Aggregation.FactSet facts, CancellationToken cancellationToken)
    {
        var publications = new List<(string, ReportPublication)>();
        foreach (var publisher in services.GetServices<IReportPublisher>())
        {
            var publication = await publisher.PublishAsync(facts, cancellationToken).ConfigureAwait(false);
            publications.Add((publisher.Name, publication));
        }

        return publications;
    }

    /// <summary>
    /// Rejects a month that has not started, because its figures would describe the export day, not the month.
    /// </summary>
    private static void RejectFutureMonth(PullWindow window, TimeProvider timeProvider)
    {
        var today = DateOnly.FromDateTime(timeProvider.GetLocalNow().DateTime);
        if (window.From > today)
        {
            throw new CliUsageException(
                $"Month {window.Label} has not started yet (today is {today:yyyy-MM-dd}): "
                + "give a past or the current month.");
        }
    }

    private static PullWindow LastMonth(TimeProvider timeProvider)
    {
        var today = timeProvider.GetLocalNow();
        var previous = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        return PullWindow.ForMonth(previous.Year, previous.Month);
    }
}

/// <summary>The options of <c>run</c>.</summary>
internal sealed record RunArguments(
    bool Demo, FileInfo? Config, string? Environment, DirectoryInfo Out, string? Month, bool Verbose);
