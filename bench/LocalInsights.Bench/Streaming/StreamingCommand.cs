using System.CommandLine;
using Microsoft.Extensions.Logging;

namespace LocalInsights.Bench.Streaming;

/// <summary>
/// <c>streaming --rows N</c>: generates a connection log of N rows, pulls and aggregates it, and prints the time
/// and peak memory.
/// </summary>
internal static class StreamingCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var rows = new Option<long>("--rows") { Description = "Rows of the generated log.", Required = true };
        var users = StreamingCommandOptions.Users();
        var seed = StreamingCommandOptions.Seed();
        var work = new Option<DirectoryInfo?>("--work")
        {
            Description = "Folder for the generated log and the store, kept after the run. "
                + "Default: a new temporary folder, deleted after the run.",
        };
        var directory = StreamingCommandOptions.Directory();
        var verbose = StreamingCommandOptions.Verbose();
        StreamingCommandOptions.RequirePositive(rows);

        var command = new Command("streaming",
            "Generate a per-user ENT connection log, pull and aggregate it, and print the time and peak memory.")
        {
            rows, users, seed, work, directory, verbose,
        };
        command.SetAction((parsed, cancellationToken) => ExecuteAsync(new StreamingOptions(
            parsed.GetValue(rows), parsed.GetValue(users), parsed.GetValue(seed), parsed.GetValue(work),
            parsed.GetValue(directory)!), parsed.GetValue(verbose), output, error, cancellationToken));
        return command;
    }

    private static async Task<int> ExecuteAsync(StreamingOptions options, bool verbose, TextWriter output,
        TextWriter error, CancellationToken cancellationToken)
    {
        using var loggerFactory = StreamingCommandOptions.CreateLoggerFactory(verbose);
        try
        {
            var result = await StreamingBenchmark.RunAsync(options, loggerFactory, error, cancellationToken)
                .ConfigureAwait(false);
            await StreamingReport.WriteAsync(result, output).ConfigureAwait(false);
            return BenchApplication.ExitSucceeded;
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException
                                              or InvalidOperationException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"The streaming benchmark failed: {exception.Message}").ConfigureAwait(false);
            return BenchApplication.ExitFailed;
        }
    }
}
