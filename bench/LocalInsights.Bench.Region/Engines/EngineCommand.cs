using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using LocalInsights.Bench.Measurement;
using LocalInsights.Bench.Region.Generation;

namespace LocalInsights.Bench.Region.Engines;

/// <summary>
/// <c>localinsights</c> and <c>duckdb</c>: compute the month's facts of a generated folder with one engine, write
/// them to <c>facts-ENGINE.csv</c> in that folder, and print the measurements as one JSON line.
/// </summary>
/// <remarks>
/// Run each in its own process (<c>compare</c> does), because the peak working set is that of the whole process.
/// </remarks>
internal static class EngineCommand
{
    public static Command Create(Engine engine, TextWriter output, TextWriter error)
    {
        var data = RegionOptions.Data();
        var directory = RegionOptions.Directory();
        var description = engine == Engine.LocalInsights
            ? "Pull the exports and the log with the production connectors, aggregate the month, write the facts."
            : "Compute the same facts with DuckDB SQL over the same files, write them.";
        var command = new Command(EngineNames.CommandOf(engine), description) { data, directory };
        command.SetAction((parsed, cancellationToken) => ExecuteAsync(engine, parsed.GetValue(data)!,
            parsed.GetValue(directory)!, output, error, cancellationToken));
        return command;
    }

    private static async Task<int> ExecuteAsync(Engine engine, DirectoryInfo data, DirectoryInfo directory,
        TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var loadAtStart = SystemLoad.OneMinuteAverage();
        try
        {
            var dataset = RegionDataset.Load(data);
            var clock = new PhaseClock();
            var (facts, detail) = await RunEngineAsync(engine, dataset, data, directory, clock, cancellationToken)
                .ConfigureAwait(false);
            var factsPath = EngineNames.FactsPath(data, engine);
            clock.Time("write facts", () =>
            {
                facts.Write(factsPath);
                return factsPath;
            });
            var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
            var result = new EngineResult(EngineNames.CommandOf(engine), dataset.DeviceRows, dataset.ActivityRows,
                elapsed, dataset.TotalRows / elapsed, ProcessMemory.PeakResidentBytes(), ProcessorSeconds(),
                loadAtStart, SystemLoad.OneMinuteAverage(), clock.Phases, facts.Devices.Count,
                facts.Platform.Count, factsPath, RuntimeInformation.FrameworkDescription, detail);
            await WriteSummaryAsync(result, error).ConfigureAwait(false);
            await output.WriteLineAsync(JsonSerializer.Serialize(result, RegionJsonContext.Default.EngineResult))
                .ConfigureAwait(false);
            return RegionApplication.ExitSucceeded;
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException
                                              or InvalidOperationException or UnauthorizedAccessException
                                              or DuckDB.NET.Data.DuckDBException)
        {
            await error.WriteLineAsync($"The {EngineNames.CommandOf(engine)} run failed: {exception.Message}")
                .ConfigureAwait(false);
            return RegionApplication.ExitFailed;
        }
    }

    private static async Task<(RegionFacts Facts, string Detail)> RunEngineAsync(Engine engine,
        RegionDataset dataset, DirectoryInfo data, DirectoryInfo directory, PhaseClock clock,
        CancellationToken cancellationToken)
    {
        if (engine == Engine.DuckDb)
        {
            var duckDb = new DuckDbEngine();
            var facts = await duckDb.RunAsync(dataset, data, clock, cancellationToken).ConfigureAwait(false);
            return (facts, duckDb.Detail);
        }

        using var loggerFactory = RegionOptions.CreateLoggerFactory();
        var localInsights = new LocalInsightsEngine(loggerFactory, directory);
        var computed = await localInsights.RunAsync(dataset, data, clock, cancellationToken).ConfigureAwait(false);
        return (computed, GCSettings());
    }

    private static string GCSettings() =>
        (System.Runtime.GCSettings.IsServerGC ? "server" : "workstation") + " GC, "
        + System.Runtime.GCSettings.LatencyMode;

    private static double ProcessorSeconds()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime.TotalSeconds;
    }

    private static async Task WriteSummaryAsync(EngineResult result, TextWriter error)
    {
        var phases = string.Join(", ", result.Phases.Select(phase =>
            string.Create(CultureInfo.InvariantCulture, $"{phase.Name} {phase.Seconds:F2} s")));
        await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{result.Engine}: {result.ElapsedSeconds:F2} s, {result.RowsPerSecond:N0} rows/s, peak working set "
            + $"{result.PeakWorkingSetBytes / 1048576.0:F1} MiB, processor {result.ProcessorSeconds:F2} s; "
            + $"{phases}")).ConfigureAwait(false);
    }
}
