using System.CommandLine;
using System.Globalization;

namespace LocalInsights.Bench.Streaming;

/// <summary>
/// <c>streaming-compare</c>: runs <c>streaming</c> in a separate process for each row count, alternating the row
/// counts round after round, and prints one table of every run.
/// </summary>
internal static class StreamingCompareCommand
{
    private static readonly long[] DefaultRows = [100_000, 1_000_000];

    public static Command Create(TextWriter output, TextWriter error)
    {
        var rows = new Option<long[]>("--rows")
        {
            Description = "Row counts to compare, such as --rows 100000 1000000 3000000.",
            DefaultValueFactory = _ => DefaultRows,
            AllowMultipleArgumentsPerToken = true,
        };
        var rounds = new Option<int>("--rounds")
        {
            Description = "Rounds to run. Each round runs every row count once, in the order given.",
            DefaultValueFactory = _ => 2,
        };
        var timeout = new Option<int>("--timeout-minutes")
        {
            Description = "Minutes one run may take before it is stopped and the comparison fails.",
            DefaultValueFactory = _ => 10,
        };
        var users = StreamingCommandOptions.Users();
        var seed = StreamingCommandOptions.Seed();
        var directory = StreamingCommandOptions.Directory();
        StreamingCommandOptions.RequirePositive(rounds);
        StreamingCommandOptions.RequirePositive(timeout);
        RequirePositiveRows(rows);

        var command = new Command("streaming-compare",
            "Run 'streaming' in a separate process per row count, alternating them, and print a table.")
        {
            rows, rounds, timeout, users, seed, directory,
        };
        command.SetAction((parsed, cancellationToken) => ExecuteAsync(
            new ComparePlan(parsed.GetValue(rows)!, parsed.GetValue(rounds),
                TimeSpan.FromMinutes(parsed.GetValue(timeout)), parsed.GetValue(users), parsed.GetValue(seed),
                parsed.GetValue(directory)!), output, error, cancellationToken));
        return command;
    }

    private static void RequirePositiveRows(Option<long[]> option) =>
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<long[]>().Any(value => value <= 0))
            {
                result.AddError($"{option.Name} takes whole numbers greater than zero.");
            }
        });

    private static async Task<int> ExecuteAsync(
        ComparePlan plan, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var results = new List<StreamingResult>();
        try
        {
            foreach (var (round, rows) in plan.Runs())
            {
                await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"Round {round}/{plan.Rounds}: streaming --rows {rows}")).ConfigureAwait(false);
                var result = await BenchProcess.RunStreamingAsync(plan.ArgumentsFor(rows), plan.Timeout, error,
                    cancellationToken).ConfigureAwait(false);
                results.Add(result);
            }
        }
        catch (Exception exception) when (exception is InvalidOperationException or InvalidDataException
                                              or TimeoutException)
        {
            await error.WriteLineAsync($"The comparison stopped: {exception.Message}").ConfigureAwait(false);
            return BenchApplication.ExitFailed;
        }

        await StreamingTable.WriteAsync(results, output).ConfigureAwait(false);
        return BenchApplication.ExitSucceeded;
    }

    /// <summary>What to compare: row counts, rounds, the timeout of one run and the shared settings.</summary>
    private sealed record ComparePlan(
        long[] Rows, int Rounds, TimeSpan Timeout, int Users, long Seed, DirectoryInfo Directory)
    {
        /// <summary>Lists the runs in order: every row count in round 1, then every row count in round 2, ...</summary>
        public IEnumerable<(int Round, long Rows)> Runs() =>
            Enumerable.Range(1, Rounds).SelectMany(round => Rows.Select(rows => (round, rows)));

        public IReadOnlyList<string> ArgumentsFor(long rows) =>
        [
            "--rows", rows.ToString(CultureInfo.InvariantCulture),
            "--users", Users.ToString(CultureInfo.InvariantCulture),
            "--seed", Seed.ToString(CultureInfo.InvariantCulture),
            "--directory", Directory.FullName,
        ];
    }
}
