using System.CommandLine;

namespace LocalInsights.Cli;

/// <summary>
/// The command line: <c>run --demo</c>, <c>run --config FILE</c>, <c>schedule list</c> and <c>runs list</c>.
/// </summary>
internal static class CliApplication
{
    public const int ExitSucceeded = 0;
    public const int ExitFailed = 1;
    public const int ExitPartiallyFailed = 2;
    public const int ExitUsage = 64;

    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error) =>
        RunAsync(args, output, error, TimeProvider.System);

    /// <summary>Runs the command line with <paramref name="timeProvider"/> as the clock of schedule list.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error,
        TimeProvider timeProvider)
    {
        var root = new RootCommand("LocalInsights: measures whether the digital equipment and software paid for "
            + "in schools is used.");
        root.Subcommands.Add(RunCommand.Create(output, error));
        root.Subcommands.Add(ScheduleCommand.Create(output, error, timeProvider));
        root.Subcommands.Add(RunsCommand.Create(output, error));
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors)
            {
                await error.WriteLineAsync(problem.Message).ConfigureAwait(false);
            }

            await error.WriteLineAsync("Run 'localinsights --help' for usage.").ConfigureAwait(false);
            return ExitUsage;
        }

        return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error })
            .ConfigureAwait(false);
    }
}
