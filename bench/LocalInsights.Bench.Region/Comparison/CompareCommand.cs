using System.CommandLine;
using System.Globalization;
using LocalInsights.Bench.Region.Engines;

namespace LocalInsights.Bench.Region.Comparison;

/// <summary>
/// <c>compare</c>: reads the input files once, then runs <c>localinsights</c> and <c>duckdb</c> on the same folder in
/// separate processes. Rounds alternate which engine goes first, so that machine noise hits both. After each round
/// it checks that the facts files are identical, and at the end it prints a table of every run with the ratios.
/// </summary>
internal static class CompareCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var data = RegionOptions.Data();
        var rounds = new Option<int>("--rounds")
        {
            Description = "Rounds to run. Each round runs both engines once; odd rounds start with LocalInsights.",
            DefaultValueFactory = _ => 2,
        };
        var timeout = new Option<int>("--timeout-minutes")
        {
            Description = "Minutes one run may take before it is stopped and the comparison fails.",
            DefaultValueFactory = _ => 30,
        };
        var directory = RegionOptions.Directory();
        RegionOptions.RequirePositive(rounds);
        RegionOptions.RequirePositive(timeout);

        var command = new Command("compare",
            "Run both engines in separate processes, alternating them, check their facts match, print a table.")
        {
            data, rounds, timeout, directory,
        };
        command.SetAction((parsed, cancellationToken) => ExecuteAsync(parsed.GetValue(data)!,
            parsed.GetValue(rounds), TimeSpan.FromMinutes(parsed.GetValue(timeout)), parsed.GetValue(directory)!,
            output, error, cancellationToken));
        return command;
    }

    private static async Task<int> ExecuteAsync(DirectoryInfo data, int rounds, TimeSpan timeout,
        DirectoryInfo directory, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        string[] arguments = ["--data", data.FullName, "--directory", directory.FullName];
        var runs = new List<(int Round, MeasuredRun Run)>();
        try
        {
            await WarmUpAsync(data, error, cancellationToken).ConfigureAwait(false);
            for (var round = 1; round <= rounds; round++)
            {
                foreach (var engine in OrderOf(round))
                {
                    await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                        $"Round {round}/{rounds}: {EngineNames.CommandOf(engine)}")).ConfigureAwait(false);
                    var run = await ChildRun.RunAsync(engine, arguments, timeout, error, cancellationToken)
                        .ConfigureAwait(false);
                    runs.Add((round, run));
                }

                var difference = FactFileCheck.Difference(EngineNames.FactsPath(data, Engine.DuckDb),
                    EngineNames.FactsPath(data, Engine.LocalInsights));
                if (difference is not null)
                {
                    await error.WriteLineAsync(difference).ConfigureAwait(false);
                    return RegionApplication.ExitFailed;
                }

                await error.WriteLineAsync($"Round {round}: the facts files of both engines are identical.")
                    .ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is InvalidOperationException or InvalidDataException
                                              or TimeoutException or IOException)
        {
            await error.WriteLineAsync($"The comparison stopped: {exception.Message}").ConfigureAwait(false);
            return RegionApplication.ExitFailed;
        }

        await ComparisonTable.WriteAsync(runs, output).ConfigureAwait(false);
        return RegionApplication.ExitSucceeded;
    }

    /// <summary>
    /// Reads every input file of <paramref name="data"/> once, so that the first run does not pay for reading from
    /// disk what the operating system keeps in memory for the runs after it.
    /// </summary>
    private static async Task WarmUpAsync(DirectoryInfo data, TextWriter error, CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var buffer = new byte[1 << 16];
        long bytes = 0;
        foreach (var file in data.EnumerateFiles("*.csv"))
        {
            await using var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read,
                bufferSize: 1, useAsync: true);
            int read;
            while ((read = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                bytes += read;
            }
        }

        await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Read the {bytes / 1048576.0:N1} MiB of input once in "
            + $"{System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s before the first round."))
            .ConfigureAwait(false);
    }

    private static Engine[] OrderOf(int round) => round % 2 == 1
        ? [Engine.LocalInsights, Engine.DuckDb]
        : [Engine.DuckDb, Engine.LocalInsights];
}
