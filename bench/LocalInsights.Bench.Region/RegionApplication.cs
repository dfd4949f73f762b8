using System.CommandLine;
using LocalInsights.Bench.Region.Comparison;
using LocalInsights.Bench.Region.Engines;
using LocalInsights.Bench.Region.Generation;

namespace LocalInsights.Bench.Region;

/// <summary>
/// The command line of the regional benchmark: <c>generate</c>, <c>localinsights</c>, <c>duckdb</c>,
/// <c>compare</c> and <c>profile-parse</c>.
/// </summary>
internal static class RegionApplication
{
    public const int ExitSucceeded = 0;
    public const int ExitFailed = 1;
    public const int ExitUsage = 64;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("LocalInsights against DuckDB on a region's monthly device and ENT files. "
            + "Run in Release: dotnet run -c Release --project bench/LocalInsights.Bench.Region -- COMMAND.");
        root.Subcommands.Add(GenerateCommand.Create(output, error));
        root.Subcommands.Add(EngineCommand.Create(Engine.LocalInsights, output, error));
        root.Subcommands.Add(EngineCommand.Create(Engine.DuckDb, output, error));
        root.Subcommands.Add(CompareCommand.Create(output, error));
        root.Subcommands.Add(ParseProfileCommand.Create(output));
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors)
            {
                await error.WriteLineAsync(problem.Message).ConfigureAwait(false);
            }

            await error.WriteLineAsync("Run with --help for usage.").ConfigureAwait(false);
            return ExitUsage;
        }

        return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error })
            .ConfigureAwait(false);
    }
}
