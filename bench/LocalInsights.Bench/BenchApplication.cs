using System.CommandLine;
using LocalInsights.Bench.Streaming;

namespace LocalInsights.Bench;

/// <summary>The benchmark command line: <c>streaming</c> and <c>streaming-compare</c>.</summary>
internal static class BenchApplication
{
    public const int ExitSucceeded = 0;
    public const int ExitFailed = 1;
    public const int ExitUsage = 64;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("LocalInsights benchmarks. Run one in Release: dotnet run -c Release "
            + "--project bench/LocalInsights.Bench -- COMMAND.");
        root.Subcommands.Add(StreamingCommand.Create(output, error));
        root.Subcommands.Add(StreamingCompareCommand.Create(output, error));
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
