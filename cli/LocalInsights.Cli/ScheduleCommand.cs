using System.CommandLine;
using System.Globalization;
using LocalInsights.Core.Configuration;
using LocalInsights.Hosting.Scheduling;

namespace LocalInsights.Cli;

/// <summary>
/// <c>schedule list</c>: prints each connector schedule of the configuration with its next occurrences, in the
/// schedule's time zone. Reads only the configuration, so it needs no storage account.
/// </summary>
internal static class ScheduleCommand
{
    public static Command Create(TextWriter output, TextWriter error, TimeProvider timeProvider)
    {
        var config = new Option<FileInfo>("--config")
        {
            Description = "JSON configuration file of the environments.", Required = true,
        };
        var environment = new Option<string?>("--environment")
        {
            Description = "Environment id to list; default: every environment of the configuration.",
        };
        var count = new Option<int>("--count")
        {
            Description = "Number of next occurrences to print per schedule, 1 to 50.", DefaultValueFactory = _ => 3,
        };

        var list = new Command("list", "List the connector schedules and their next occurrences.")
        {
            config, environment, count,
        };
        list.SetAction((parsed, _) => ListAsync(parsed.GetValue(config)!, parsed.GetValue(environment),
            parsed.GetValue(count), output, error, timeProvider));
        return new Command("schedule", "Show when the Functions app pulls each connector.") { list };
    }

    private static async Task<int> ListAsync(FileInfo config, string? environment, int count, TextWriter output,
        TextWriter error, TimeProvider timeProvider)
    {
        if (count is < 1 or > 50)
        {
            await error.WriteLineAsync($"--count {count} is invalid: give 1 to 50 occurrences.").ConfigureAwait(false);
            return CliApplication.ExitUsage;
        }

        CliSetup setup;
        try
        {
            setup = CliConfiguration.Build(new RunArguments(false, config, environment, new DirectoryInfo("out"), null,
                false), error);
        }
        catch (ConfigurationException exception)
        {
            await error.WriteLineAsync(exception.Message).ConfigureAwait(false);
            return CliApplication.ExitFailed;
        }

        var reader = new ScheduleReader(setup.Configuration);
        var environments = environment is { } one ? [reader.Read(one)] : reader.ReadAll();
        return await WriteAllAsync(environments, timeProvider.GetUtcNow(), count, output, error)
            .ConfigureAwait(false);
    }

    /// <summary>Writes each valid schedule, and each problem to the error stream; returns the exit code.</summary>
    private static async Task<int> WriteAllAsync(IReadOnlyList<EnvironmentSchedules> environments,
        DateTimeOffset now, int count, TextWriter output, TextWriter error)
    {
        var exitCode = CliApplication.ExitSucceeded;
        foreach (var schedules in environments)
        {
            foreach (var problem in schedules.Problems)
            {
                await error.WriteLineAsync(problem).ConfigureAwait(false);
                exitCode = CliApplication.ExitFailed;
            }

            foreach (var schedule in schedules.Schedules)
            {
                await WriteScheduleAsync(output, schedule, now, count).ConfigureAwait(false);
            }
        }

        return exitCode;
    }

    private static async Task WriteScheduleAsync(TextWriter output, ConnectorSchedule schedule, DateTimeOffset now,
        int count)
    {
        var culture = CultureInfo.InvariantCulture;
        await output.WriteLineAsync(string.Create(culture,
                $"{schedule.Environment} {schedule.Connector}: '{schedule.Expression}' in {schedule.TimeZone.Id}, "
                + $"pulls the {(schedule.Window == ScheduleWindow.PreviousMonth ? "previous" : "current")} month"))
            .ConfigureAwait(false);
        foreach (var occurrence in schedule.Next(now, count))
        {
            var local = TimeZoneInfo.ConvertTime(occurrence, schedule.TimeZone);
            var month = schedule.WindowOf(occurrence).Label;
            await output.WriteLineAsync(string.Create(culture,
                $"  {local:yyyy-MM-dd HH:mm zzz}  ({occurrence:yyyy-MM-dd HH:mm} UTC)  month {month}"))
                .ConfigureAwait(false);
        }
    }
}
