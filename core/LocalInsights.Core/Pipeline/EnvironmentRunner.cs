using System.Diagnostics;
using System.Text.Json;
using LocalInsights.Core.Aggregation;
using LocalInsights.Core.Configuration;
using LocalInsights.Core.Connectors;
using LocalInsights.Core.Storage;
using Microsoft.Extensions.Logging;

namespace LocalInsights.Core.Pipeline;

/// <summary>
/// Runs every job of one environment for one month: loads the establishment directory, pulls each connector,
/// aggregates, writes the aggregates and stores the run record. The CLI and the Functions host both use it.
/// </summary>
/// <remarks>
/// A failed pull does not stop the run: the other sources are pulled and aggregated, and the run is marked
/// partially failed. Rerunning the same month replaces what the previous run stored.
/// </remarks>
public sealed partial class EnvironmentRunner(
    IObjectStore store,
    IEnumerable<IConnector> connectors,
    IDirectoryLoader directoryLoader,
    TimeProvider timeProvider,
    ILoggerFactory loggerFactory)
{
    private readonly Dictionary<string, IConnector> _connectors =
        connectors.ToDictionary(connector => connector.Descriptor.Type, StringComparer.Ordinal);

    private readonly ILogger _logger = loggerFactory.CreateLogger<EnvironmentRunner>();

    public IReadOnlyCollection<string> ConnectorTypes => _connectors.Keys;

    public async Task<RunOutcome> RunAsync(EnvironmentSettings environment, PullWindow window,
        IProgress<RunProgress>? progress, CancellationToken cancellationToken)
    {
        ConfigurationException.ThrowIfAny(Validate(environment), $"Environment '{environment.Id}'");
        var runId = PullRunner.NewRunId(timeProvider);
        var startedAt = timeProvider.GetUtcNow();
        var steps = new List<RunStep>();
        var enabled = environment.Connectors.Where(instance => instance.Enabled).ToList();
        var stepCount = enabled.Count + 2;
        PipelineLog.RunStarted(_logger, environment.Id, window.Label, runId, enabled.Count);

        progress?.Report(new RunProgress("directory", 1, stepCount, "loading the establishment directory"));
        var directory = await LoadDirectoryAsync(environment, steps, cancellationToken).ConfigureAwait(false);

        var pullRunner = new PullRunner(store, timeProvider, loggerFactory);
        var results = new PullResult[directory is null ? 0 : enabled.Count];
        var begun = 0;
        var ended = 0;

        // Without the directory no code can be checked and no fact built, so nothing is pulled. Pulls read separate
        // sources and write separate folders, so they run side by side; results keep the configured order.
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = environment.ParallelPulls, CancellationToken = cancellationToken,
        };
        var devicesReadAhead = new DeviceReadAhead(store, window, environment.Metrics);
        await Parallel.ForEachAsync(Enumerable.Range(0, results.Length), parallel, async (index, token) =>
        {
            var instance = enabled[index];
            progress?.Report(new RunProgress("pull", Interlocked.Increment(ref begun) + 1, stepCount, instance.Name));
            results[index] = await pullRunner.RunAsync(_connectors[instance.Type], new PullRequest
            {
                Environment = environment.Id, Connector = instance.Name, Window = window,
                Settings = instance.Settings, BaseDirectory = environment.BaseDirectory,
                Pseudonymizer = environment.Pseudonymizer, Establishments = directory!.Directory, RunId = runId,
            }, token).ConfigureAwait(false);
            if (Interlocked.Increment(ref ended) < results.Length)
            {
                // What the pull held is garbage now, while other pulls go on. Collecting it now keeps it from adding
                // to the memory of the pulls still running and of the devices read ahead.
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            }

            if (results[index].Manifest is { } manifest && HasDevices(manifest))
            {
                devicesReadAhead.Add(manifest, cancellationToken);
            }
        }).ConfigureAwait(false);

        var pulls = results.ToList();
        foreach (var result in pulls)
        {
            steps.Add(new RunStep(result.Connector, result.Succeeded ? RunStatus.Succeeded : RunStatus.Failed,
                result.Read, result.Written, result.Rejected, result.Elapsed.TotalMilliseconds, result.Failure));
        }

        // What the pulls held (devices, people, buffers) is garbage now. Collecting it before the aggregation
        // allocates keeps the peak memory of the run at the larger of the two phases instead of their sum.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);

        progress?.Report(new RunProgress("aggregate", stepCount, stepCount, "computing the monthly facts"));
        var facts = directory is null
            ? null
            : await AggregateAsync(environment, window, directory, steps, devicesReadAhead, pulls, cancellationToken)
                .ConfigureAwait(false);

        var record = new RunRecord
        {
            Environment = environment.Id, RunId = runId, WindowFrom = window.From, WindowTo = window.To,
            StartedAt = startedAt, EndedAt = timeProvider.GetUtcNow(), Status = StatusOf(steps, facts), Steps = steps,
        };
        await SaveRecordAsync(record, cancellationToken).ConfigureAwait(false);
        PipelineLog.RunEnded(_logger, environment.Id, window.Label, runId, record.Status);
        return new RunOutcome(record, pulls, facts);
    }

    private async Task<DirectoryLoadResult?> LoadDirectoryAsync(EnvironmentSettings environment,
        List<RunStep> steps, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var result = await directoryLoader.LoadAsync(environment.Directory, environment.BaseDirectory,
                cancellationToken).ConfigureAwait(false);
            steps.Add(new RunStep("directory", RunStatus.Succeeded, result.Directory.Count, result.Directory.Count,
                result.Issues.Count, Stopwatch.GetElapsedTime(started).TotalMilliseconds, null));
            return result;
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException
                                              or ConfigurationException or UnauthorizedAccessException)
        {
            PipelineLog.StepFailed(_logger, "directory", exception.Message);
            steps.Add(new RunStep("directory", RunStatus.Failed, 0, 0, 0,
                Stopwatch.GetElapsedTime(started).TotalMilliseconds, exception.Message));
            return null;
        }
    }

    private async Task<FactSet?> AggregateAsync(EnvironmentSettings environment, PullWindow window,
        DirectoryLoadResult directory, List<RunStep> steps, DeviceReadAhead? devicesReadAhead,
        IReadOnlyList<PullResult>? pulls, CancellationToken cancellationToken)
    {
        var failed = (pulls ?? []).Where(pull => !pull.Succeeded).ToDictionary(
            pull => pull.Connector,
            pull => new FailedPull(pull.Connector, TypeOf(environment, pull.Connector), pull.Failure ?? "failed"),
            StringComparer.Ordinal);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var aggregator = new Aggregator(store, timeProvider, loggerFactory.CreateLogger<Aggregator>());
            var facts = await aggregator.AggregateAsync(new AggregationRequest
            {
                Environment = environment.Id, EnvironmentName = environment.DisplayName, Window = window,
                Establishments = directory.Directory, Options = environment.Metrics,
                DirectoryIssues = directory.Issues, FailedPulls = failed, DeviceReadAhead = devicesReadAhead,
            }, cancellationToken).ConfigureAwait(false);
            var written = await new AggregateWriter(store).WriteAsync(facts, cancellationToken).ConfigureAwait(false);
            steps.Add(new RunStep("aggregate", RunStatus.Succeeded, facts.Sources.Sum(source => source.Records),
                FactTables.From(facts).Sum(table => (long)table.RowCount), 0,
                Stopwatch.GetElapsedTime(started).TotalMilliseconds, null));
            PipelineLog.AggregatesWritten(_logger, written.Count, store.Location);
            return facts;
        }
        catch (InvalidDataException exception)
        {
            PipelineLog.StepFailed(_logger, "aggregate", exception.Message);
            steps.Add(new RunStep("aggregate", RunStatus.Failed, 0, 0, 0,
                Stopwatch.GetElapsedTime(started).TotalMilliseconds, exception.Message));
            return null;
        }
    }

    private static bool HasDevices(PullManifest manifest) =>
        manifest.Files.Any(file => file.Kind == CanonicalRecordKinds.NameOf<Model.DeviceSnapshot>());

    private static string TypeOf(EnvironmentSettings environment, string connector) =>
        environment.Connectors.FirstOrDefault(instance => instance.Name == connector)?.Type ?? connector;

    private async Task SaveRecordAsync(RunRecord record, CancellationToken cancellationToken)
    {
        var path = StoragePath.Combine(record.Environment, StoragePath.Runs, record.RunId + ".json");
        var json = JsonSerializer.SerializeToUtf8Bytes(record, ReadableJsonContext.Default.RunRecord);
        await store.WriteAllBytesAsync(path, json, cancellationToken).ConfigureAwait(false);
    }

    private static string StatusOf(List<RunStep> steps, FactSet? facts) =>
        facts is null ? RunStatus.Failed
        : steps.Any(step => step.Status == RunStatus.Failed) ? RunStatus.PartiallyFailed
        : RunStatus.Succeeded;
}
