using System.Diagnostics;
using LocalInsights.Core.Connectors;
using LocalInsights.Core.Establishments;
using LocalInsights.Core.Model;
using LocalInsights.Core.Privacy;
using LocalInsights.Core.Storage;
using Microsoft.Extensions.Logging;

namespace LocalInsights.Core.Aggregation;

/// <summary>
/// Turns the canonical layer of one environment and month into facts per establishment, device model, platform,
/// programme and data-quality finding, with counts of people suppressed below the threshold.
/// </summary>
public sealed class Aggregator(IObjectStore store, TimeProvider timeProvider, ILogger<Aggregator> logger)
{
    public async Task<FactSet> AggregateAsync(AggregationRequest request, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var reader = new CanonicalReader(store);
        var manifests = await reader.ListManifestsAsync(request.Environment, request.Window, cancellationToken)
            .ConfigureAwait(false);
        var (devices, readAhead) = await DevicesReadAheadAsync(request, manifests).ConfigureAwait(false);
        var platform = new PlatformAggregation(request.Window, onePeopleFile: PeopleFiles(manifests) == 1);
        var investment = new InvestmentAggregation(request.Window, request.Options);
        var licences = new LicenceAggregation(request.Window);
        var quality = new QualityAggregation();
        quality.AddRange(request.DirectoryIssues);

        var ordered = manifests.OrderBy(item => item.Connector, StringComparer.Ordinal).ToList();
        var sinks = new AggregationSinks(devices, platform, investment, licences, quality);
        await ReadPullsAsync(reader, ordered, readAhead, sinks, cancellationToken).ConfigureAwait(false);

        var facts = Build(request, manifests, new AggregationSinks(devices, platform, investment, licences, quality));
        var rows = FactTables.From(facts).Sum(table => (long)table.RowCount);
        var elapsedMs = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        CoreLog.AggregationCompleted(logger, request.Window.Label, rows, elapsedMs);
        return facts;
    }

    /// <summary>
    /// Reads the pulls into the sinks. Each kind of record goes to its own sink, so the kinds are read side by side,
    /// one task each. Each task reads the pulls in the order given, so every sink receives its records in the order
    /// of a sequential read, and no sink is used by two tasks.
    /// </summary>
    /// <summary>
    /// Returns the devices of the request's <see cref="DeviceReadAhead"/> and the manifests they come from, when every
    /// pull it read is still the latest of its connector. Otherwise, or without one, returns an empty set of devices.
    /// </summary>
    private static async Task<(DeviceAggregation Devices, HashSet<PullManifest> ReadAhead)> DevicesReadAheadAsync(
        AggregationRequest request, IReadOnlyList<PullManifest> manifests)
    {
        var empty = (new DeviceAggregation(request.Window, request.Options),
            new HashSet<PullManifest>(ManifestIdentity.Instance));
        if (request.DeviceReadAhead is not { } readAhead)
        {
            return empty;
        }

        var (read, failure) = await readAhead.CompleteAsync().ConfigureAwait(false);
        var latest = manifests.ToHashSet(ManifestIdentity.Instance);
        if (readAhead.Window != request.Window
            || readAhead.Options.ActiveDeviceDays != request.Options.ActiveDeviceDays
            || !read.All(latest.Contains))
        {
            // A pull read ahead was replaced, and its files may have gone with it: every pull is read again.
            return empty;
        }

        if (failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }

        return (readAhead.Devices, read.ToHashSet(ManifestIdentity.Instance));
    }

    private static Task ReadPullsAsync(CanonicalReader reader, IReadOnlyList<PullManifest> manifests,
        HashSet<PullManifest> devicesRead, AggregationSinks sinks, CancellationToken cancellationToken)
    {
        async Task ForEachPullAsync(Func<PullManifest, Task> read)
        {
            foreach (var manifest in manifests)
            {
                await read(manifest).ConfigureAwait(false);
            }
        }

        return Task.WhenAll(
            Task.Run(() => ForEachPullAsync(async manifest =>
            {
                if (devicesRead.Contains(manifest))
                {
                    return;
                }

                await foreach (var device in reader.ReadAsync<DeviceSnapshot>(manifest, cancellationToken)
                                   .ConfigureAwait(false))
                {
                    sinks.Devices.Add(device);
                }
            }), cancellationToken),
            Task.Run(() => ForEachPullAsync(async manifest =>
            {
                await reader.ReadActivityAsync(manifest, sinks.Platform, cancellationToken).ConfigureAwait(false);
                await foreach (var statistic in reader.ReadAsync<PlatformStatistic>(manifest, cancellationToken)
                                   .ConfigureAwait(false))
                {
                    sinks.Platform.Add(statistic);
                }
            }), cancellationToken),
            Task.Run(() => ForEachPullAsync(async manifest =>
            {
                await foreach (var line in reader.ReadAsync<InvestmentLine>(manifest, cancellationToken)
                                   .ConfigureAwait(false))
                {
                    sinks.Investment.Add(line);
                    sinks.Licences.Add(line);
                }

                await foreach (var licence in reader.ReadAsync<LicenceSnapshot>(manifest, cancellationToken)
                                   .ConfigureAwait(false))
                {
                    sinks.Licences.Add(licence);
                }
            }), cancellationToken),
            Task.Run(() => ForEachPullAsync(async manifest =>
            {
                await foreach (var observation in reader.ReadAsync<QualityObservation>(manifest, cancellationToken)
                                   .ConfigureAwait(false))
                {
                    sinks.Quality.Add(observation);
                }

                sinks.Quality.AddRejects(manifest);
            }), cancellationToken));
    }

    private FactSet Build(AggregationRequest request, IReadOnlyList<PullManifest> manifests, AggregationSinks sinks)
    {
        var (devices, platform, investment, licences, quality) = sinks;
        var smallCounts = new SmallCounts(request.Options.SuppressionThreshold);
        var deviceFacts = devices.ToFacts();
        var activeByUai = deviceFacts.Where(fact => fact.Uai is not null)
            .GroupBy(fact => fact.Uai!, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Sum(fact => fact.Active), StringComparer.Ordinal);
        var platformFacts = PlatformFacts.Suppress(platform.Rows(), request, smallCounts);
        var builder = new EstablishmentFactBuilder(request, deviceFacts, platform, platformFacts, investment,
            smallCounts);
        quality.AddRange(devices.UnknownModels());
        foreach (var manifest in manifests.Where(item => DataRecords(item) == 0))
        {
            quality.Add(new QualityObservation
            {
                Source = manifest.Connector, Kind = QualityIssueKind.StaleSource, Subject = "no record for the month",
                Detail = $"the pull completed but none of its records falls in {request.Window.Label}: check that "
                    + "the files cover this month",
            });
        }

        if (investment.DuplicateReferences > 0)
        {
            quality.Add(new QualityObservation
            {
                Source = "investment register", Kind = QualityIssueKind.Duplicate,
                Subject = "same inventory number twice for one establishment", Count = investment.DuplicateReferences,
            });
        }

        return new FactSet
        {
            Environment = request.Environment,
            EnvironmentName = request.EnvironmentName,
            Month = request.Window.From,
            GeneratedAt = timeProvider.GetUtcNow(),
            SuppressionThreshold = smallCounts.Threshold,
            Establishments = builder.Build(),
            Devices = deviceFacts,
            PlatformUse = platformFacts,
            Investments = investment.ToFacts(uai => activeByUai.GetValueOrDefault(uai)),
            Licences = licences.ToFacts(),
            DataQuality = quality.ToFacts(),
            Sources = Sources(request, manifests),
        };
    }

    private static List<SourceFact> Sources(AggregationRequest request, IReadOnlyList<PullManifest> manifests)
    {
        var sources = manifests
            .Select(item => new SourceFact
            {
                Connector = item.Connector, ConnectorType = item.ConnectorType, CompletedAt = item.CompletedAt,
                Records = DataRecords(item), RejectedRows = item.RejectedRows,
                Failure = request.FailedPulls.GetValueOrDefault(item.Connector)?.Failure,
            })
            .ToList();
        var known = sources.Select(source => source.Connector).ToHashSet(StringComparer.Ordinal);
        sources.AddRange(request.FailedPulls.Values
            .Where(failed => !known.Contains(failed.Connector))
            .Select(failed => new SourceFact
            {
                Connector = failed.Connector, ConnectorType = failed.ConnectorType, Failure = failed.Failure,
            }));
        return sources.OrderBy(source => source.Connector, StringComparer.Ordinal).ToList();
    }

    /// <summary>Counts the files of per-user platform activity records of the pulls.</summary>
    private static int PeopleFiles(IReadOnlyList<PullManifest> manifests) =>
        manifests.Sum(manifest =>
            manifest.Files.Count(file => file.Kind == CanonicalRecordKinds.NameOf<PlatformActivity>()));

    private static long DataRecords(PullManifest manifest) =>
        manifest.Files.Where(file => file.Kind != CanonicalRecordKinds.NameOf<QualityObservation>()
                && file.Kind != ActivitySummary.Kind)
            .Sum(file => file.Records);
}

/// <summary>The accumulators one aggregation feeds, one per kind of fact.</summary>
internal sealed record AggregationSinks(
    DeviceAggregation Devices,
    PlatformAggregation Platform,
    InvestmentAggregation Investment,
    LicenceAggregation Licences,
    QualityAggregation Quality);

/// <summary>What to aggregate: an environment, a month, its directory and the metric definitions.</summary>
public sealed record AggregationRequest
{
    public required string Environment { get; init; }
    public required string EnvironmentName { get; init; }
    public required PullWindow Window { get; init; }
    public required EstablishmentDirectory Establishments { get; init; }
    public AggregationOptions Options { get; init; } = new();

    /// <summary>Findings of the directory import, such as invalid codes in the enrolment files.</summary>
    public IReadOnlyList<QualityObservation> DirectoryIssues { get; init; } = [];

    /// <summary>
    /// Device records of this run's pulls read while other pulls went on, or null to read every pull here.
    /// </summary>
    public DeviceReadAhead? DeviceReadAhead { get; init; }

    /// <summary>Pulls of this run that failed, by connector name.</summary>
    public IReadOnlyDictionary<string, FailedPull> FailedPulls { get; init; } =
        new Dictionary<string, FailedPull>(StringComparer.Ordinal);
}

/// <summary>A pull that failed in the current run: its connector, type and failure message.</summary>
public sealed record FailedPull(string Connector, string ConnectorType, string Failure);

/// <summary>Compares manifests by connector, run and completion time, which identify one pull.</summary>
internal sealed class ManifestIdentity : IEqualityComparer<PullManifest>
{
    public static readonly ManifestIdentity Instance = new();

    public bool Equals(PullManifest? x, PullManifest? y) =>
        ReferenceEquals(x, y) || (x is not null && y is not null && x.Environment == y.Environment
            && x.Connector == y.Connector && x.RunId == y.RunId && x.CompletedAt == y.CompletedAt);

    public int GetHashCode(PullManifest obj) => HashCode.Combine(obj.Environment, obj.Connector, obj.RunId);
}
