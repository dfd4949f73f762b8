using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;
using LocalInsights.Bench.Measurement;
using LocalInsights.Core.Aggregation;
using LocalInsights.Core.Connectors;
using LocalInsights.Core.Establishments;
using LocalInsights.Core.Model;
using Microsoft.Extensions.Logging;

namespace LocalInsights.Bench.Streaming;

/// <summary>
/// Generates a per-user connection log of a given size, then measures the time and memory of its pull and of the
/// aggregation of its month. A run that streams keeps its memory bounded by the distinct people, not the rows.
/// </summary>
internal static class StreamingBenchmark
{
    /// <summary>November 2026, the month of the demo environment's connection log.</summary>
    public static readonly PullWindow Month = PullWindow.ForMonth(2026, 11);

    public static async Task<StreamingResult> RunAsync(StreamingOptions options, ILoggerFactory loggerFactory,
        TextWriter progress, CancellationToken cancellationToken)
    {
        var directory = ImportDirectory(options.DirectoryFolder, loggerFactory, cancellationToken);
        var ecoles = EcolesOf(directory);
        using var work = BenchWorkFolder.Create(options.WorkDirectory);

        var generationStarted = Stopwatch.GetTimestamp();
        var log = Generate(options, ecoles, work);
        var generationSeconds = Stopwatch.GetElapsedTime(generationStarted).TotalSeconds;
        await progress.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Generated {log.Rows:N0} rows ({log.Bytes / 1048576.0:F1} MiB) of {log.DistinctUsers:N0} users over "
            + $"{ecoles.Count} écoles in {generationSeconds:F1} s: {log.Path}")).ConfigureAwait(false);

        var pipeline = new StreamingPipeline(work.StoreFolder, directory, loggerFactory);
        var measured = await MeasureAsync(pipeline, log, cancellationToken).ConfigureAwait(false);
        Check(log, measured.Pull, measured.Facts);
        return ToResult(options, ecoles.Count, log, generationSeconds, measured);
    }

    private static DirectoryImportResult ImportDirectory(
        DirectoryInfo folder, ILoggerFactory loggerFactory, CancellationToken cancellationToken)
    {
        var options = new DirectoryImportOptions { Folder = folder.FullName };
        if (!File.Exists(Path.Combine(folder.FullName, options.DirectoryFile)))
        {
            throw new FileNotFoundException(
                $"{options.DirectoryFile} was not found in {folder.FullName}: give the folder that contains it "
                + "with --directory.");
        }

        return new DirectoryImporter(loggerFactory.CreateLogger<DirectoryImporter>())
            .Import(options, cancellationToken);
    }

    private static List<string> EcolesOf(DirectoryImportResult directory)
    {
        var ecoles = directory.Establishments.Where(item => item.Kind == EstablishmentKind.Ecole)
            .Select(item => item.Uai.Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (ecoles.Count == 0)
        {
            throw new InvalidDataException(
                $"The directory file {directory.Files[0].File} lists no école: give a folder whose "
                + "fr-en-annuaire-education.csv has rows of Type_etablissement 'Ecole' with --directory.");
        }

        return ecoles;
    }

    private static GeneratedLog Generate(StreamingOptions options, List<string> ecoles, BenchWorkFolder work)
    {
        var random = new SplitMix64(options.Seed);
        var users = LogPopulation.Create(options.Users, ecoles, random);
        var path = Path.Combine(work.InputFolder, $"connexions-{Month.Label}.csv");
        return new ConnectionLogGenerator(users, random).Write(path, Month.From, options.Rows);
    }

    private static async Task<MeasuredRun> MeasureAsync(
        StreamingPipeline pipeline, GeneratedLog log, CancellationToken cancellationToken)
    {
        using var probe = MemoryProbe.Start();
        var loadAtStart = SystemLoad.OneMinuteAverage();
        var processorTimeAtStart = ProcessorTime();
        var started = Stopwatch.GetTimestamp();
        var pull = await pipeline.PullAsync(log.Path, Month, cancellationToken).ConfigureAwait(false);
        var pulled = Stopwatch.GetTimestamp();
        var facts = await pipeline.AggregateAsync(Month, cancellationToken).ConfigureAwait(false);
        var aggregated = Stopwatch.GetTimestamp();
        var processorTime = ProcessorTime() - processorTimeAtStart;
        var memory = probe.Stop();
        return new MeasuredRun(pull, facts, Stopwatch.GetElapsedTime(started, pulled).TotalSeconds,
            Stopwatch.GetElapsedTime(pulled, aggregated).TotalSeconds, processorTime.TotalSeconds,
            [loadAtStart, SystemLoad.OneMinuteAverage()], memory);
    }

    /// <summary>
    /// Checks that every generated row reached the facts, so that a fast run is not a lossy one. A connection count
    /// next to a hidden count of people is itself hidden when it is below the suppression threshold, so each hidden
    /// count stands for 1 to threshold - 1 connections of the log.
    /// </summary>
    private static void Check(GeneratedLog log, PullResult pull, FactSet facts)
    {
        var computed = facts.PlatformUse.Where(fact => fact.Basis == FigureBasis.Computed).ToList();
        var shownConnections = computed.Sum(fact => fact.Connections ?? 0);
        long hiddenCounts = computed.Count(fact => fact.Connections is null);
        var missingConnections = log.Connections - shownConnections;
        var connectionsMatch = missingConnections >= hiddenCounts
            && missingConnections <= hiddenCounts * (facts.SuppressionThreshold - 1);
        if (pull.Written != log.Rows || pull.Rejected != 0 || !connectionsMatch)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"The run lost rows: the log has {log.Rows} rows and {log.Connections} connections, the pull wrote "
                + $"{pull.Written} records and rejected {pull.Rejected} rows, the facts show {shownConnections} "
                + $"connections and hide {hiddenCounts} counts. Rerun with --work DIR to keep the store, and read "
                + $"the rejects under DIR/store."));
        }
    }

    private static StreamingResult ToResult(StreamingOptions options, int establishments, GeneratedLog log,
        double generationSeconds, MeasuredRun run)
    {
        var elapsed = run.PullSeconds + run.AggregationSeconds;
        var collector = (GCSettings.IsServerGC ? "server" : "workstation") + ", " + GCSettings.LatencyMode;
        return new StreamingResult(log.Rows, options.Users, log.DistinctUsers, options.Seed, establishments,
            log.Bytes, generationSeconds, run.PullSeconds, run.AggregationSeconds, elapsed, log.Rows / elapsed,
            run.ProcessorSeconds, run.LoadAverages, run.Pull.Written, run.Pull.Rejected,
            run.Facts.PlatformUse.Count, run.Memory, RuntimeInformation.FrameworkDescription, collector);
    }

    private static TimeSpan ProcessorTime()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }

    private sealed record MeasuredRun(PullResult Pull, FactSet Facts, double PullSeconds,
        double AggregationSeconds, double ProcessorSeconds, double?[] LoadAverages, MemoryFigures Memory);
}
