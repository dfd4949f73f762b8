using System.Globalization;
using LocalInsights.Bench.Region.Engines;

namespace LocalInsights.Bench.Region.Comparison;

/// <summary>Prints the runs of a comparison, their phases and the ratios of the means, as Markdown tables.</summary>
internal static class ComparisonTable
{
    private const double Mebibyte = 1024 * 1024;

    public static async Task WriteAsync(IReadOnlyList<(int Round, MeasuredRun Run)> runs, TextWriter output)
    {
        var first = runs[0].Run.Result;
        await output.WriteLineAsync(Invariant(
            $"{first.DeviceRows:N0} device rows + {first.ActivityRows:N0} activity rows; ",
            $"{first.DeviceFacts:N0} device facts, {first.PlatformFacts:N0} platform facts.")).ConfigureAwait(false);
        await output.WriteLineAsync().ConfigureAwait(false);
        await output.WriteLineAsync("| Round | Engine | Elapsed (s) | Process wall (s) | Processor (s) | Rows/s "
            + "| Peak working set (MiB) | Load average start/end |").ConfigureAwait(false);
        await output.WriteLineAsync("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |").ConfigureAwait(false);
        foreach (var (round, run) in runs)
        {
            var result = run.Result;
            await output.WriteLineAsync(Invariant(
                $"| {round} | {result.Engine} | {result.ElapsedSeconds:F2} | {run.ProcessSeconds:F2} ",
                $"| {result.ProcessorSeconds:F2} | {result.RowsPerSecond:N0} ",
                $"| {result.PeakWorkingSetBytes / Mebibyte:F1} ",
                $"| {result.LoadAverageAtStart:F1}/{result.LoadAverageAtEnd:F1} |")).ConfigureAwait(false);
        }

        await WritePhasesAsync(runs, output).ConfigureAwait(false);
        await WriteRatiosAsync(runs, output).ConfigureAwait(false);
    }

    private static async Task WritePhasesAsync(IReadOnlyList<(int Round, MeasuredRun Run)> runs, TextWriter output)
    {
        await output.WriteLineAsync().ConfigureAwait(false);
        await output.WriteLineAsync("| Round | Engine | Phases (s) |").ConfigureAwait(false);
        await output.WriteLineAsync("| ---: | --- | --- |").ConfigureAwait(false);
        foreach (var (round, run) in runs)
        {
            var phases = string.Join("; ", run.Result.Phases.Select(phase =>
                Invariant($"{phase.Name} {phase.Seconds:F2}")));
            await output.WriteLineAsync(Invariant($"| {round} | {run.Result.Engine} | {phases} |"))
                .ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Writes the mean of each engine and the ratios LocalInsights / DuckDB: below 1 means LocalInsights took less
    /// time or memory.
    /// </summary>
    private static async Task WriteRatiosAsync(IReadOnlyList<(int Round, MeasuredRun Run)> runs, TextWriter output)
    {
        var localInsights = Means(runs, Engine.LocalInsights);
        var duckDb = Means(runs, Engine.DuckDb);
        await output.WriteLineAsync().ConfigureAwait(false);
        await output.WriteLineAsync("| Mean over the rounds | Elapsed (s) | Processor (s) | Rows/s "
            + "| Peak working set (MiB) |").ConfigureAwait(false);
        await output.WriteLineAsync("| --- | ---: | ---: | ---: | ---: |").ConfigureAwait(false);
        foreach (var (name, mean) in new[] { ("localinsights", localInsights), ("duckdb", duckDb) })
        {
            await output.WriteLineAsync(Invariant($"| {name} | {mean.Elapsed:F2} | {mean.Processor:F2} ",
                $"| {mean.RowsPerSecond:N0} | {mean.PeakMebibytes:F1} |")).ConfigureAwait(false);
        }

        await output.WriteLineAsync(Invariant(
            $"| ratio localinsights / duckdb | {localInsights.Elapsed / duckDb.Elapsed:F2} ",
            $"| {localInsights.Processor / duckDb.Processor:F2} ",
            $"| {localInsights.RowsPerSecond / duckDb.RowsPerSecond:F2} ",
            $"| {localInsights.PeakMebibytes / duckDb.PeakMebibytes:F2} |")).ConfigureAwait(false);
    }

    private static Mean Means(IReadOnlyList<(int Round, MeasuredRun Run)> runs, Engine engine)
    {
        var results = runs.Select(item => item.Run.Result)
            .Where(result => result.Engine == EngineNames.CommandOf(engine)).ToList();
        return new Mean(results.Average(result => result.ElapsedSeconds),
            results.Average(result => result.ProcessorSeconds), results.Average(result => result.RowsPerSecond),
            results.Average(result => (result.PeakWorkingSetBytes ?? 0) / Mebibyte));
    }

    private static string Invariant(params FormattableString[] parts) =>
        string.Concat(parts.Select(part => part.ToString(CultureInfo.InvariantCulture)));

    private sealed record Mean(double Elapsed, double Processor, double RowsPerSecond, double PeakMebibytes);
}
