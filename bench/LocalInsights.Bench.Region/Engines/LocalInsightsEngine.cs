using System.Globalization;
using LocalInsights.Bench.Region.Generation;
using LocalInsights.Connectors.DeviceExports.Intune;
using LocalInsights.Connectors.Ent.ConnectionLog;
using LocalInsights.Core.Aggregation;
using LocalInsights.Core.Connectors;
using LocalInsights.Core.Establishments;
using LocalInsights.Core.Model;
using LocalInsights.Core.Privacy;
using LocalInsights.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace LocalInsights.Bench.Region.Engines;

/// <summary>
/// The production path, with no stand-in: one <see cref="IntuneDeviceExportConnector"/> pull per daily export
/// (its <c>SnapshotDate</c> set to the export's day) and one <see cref="EntConnectionLogConnector"/> pull, run by
/// <see cref="PullRunner"/> into a <see cref="LocalFolderStore"/>, then <see cref="Aggregator"/> for the month.
/// </summary>
/// <remarks>
/// A pull replaces the earlier pull of the same connector and month, so the store ends with the last export,
/// as a daily schedule would leave it. Its facts equal "the latest snapshot of each device in the month" because
/// the generator lists every device in every export. The suppression threshold is set to 1, which turns
/// suppression off, so that the counts of people can be compared as computed.
/// </remarks>
internal sealed class LocalInsightsEngine(ILoggerFactory loggerFactory, DirectoryInfo directoryFolder)
{
    public const string Environment = "bench";
    public const string IntuneConnector = "intune";
    public const string EntConnector = "ent";
    public const string Platform = "ENT";

    /// <summary>The rule that maps a device named <c>{UAI}-PC-nnnn</c> to its establishment.</summary>
    public const string DeviceNamePattern = @"^(?<uai>\d{7}[A-Z])-PC-\d{4}$";

    /// <summary>Fixed key, so that runs are reproducible. It protects nothing: the identifiers are generated.</summary>
    private static readonly Pseudonymizer BenchPseudonymizer =
        new(Enumerable.Range(0, Pseudonymizer.MinimumKeyBytes).Select(value => (byte)(value * 7)).ToArray());

    public async Task<RegionFacts> RunAsync(RegionDataset dataset, DirectoryInfo data, PhaseClock clock,
        CancellationToken cancellationToken)
    {
        var directory = clock.Time("import directory", ImportDirectory);
        var establishments = directory.ToDirectory();
        var storeFolder = Path.Combine(Path.GetTempPath(),
            "localinsights-region-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            var store = new LocalFolderStore(storeFolder);
            var runner = new PullRunner(store, TimeProvider.System, loggerFactory);
            foreach (var export in dataset.DeviceFiles)
            {
                var path = Path.Combine(data.FullName, export.File);
                await clock.TimeAsync("pull Intune exports", () => PullAsync(runner,
                    new IntuneDeviceExportConnector(), IntuneConnector, IntuneSettings(path, export.SnapshotDate),
                    dataset.Window, establishments, path, cancellationToken)).ConfigureAwait(false);
            }

            var logPath = Path.Combine(data.FullName, dataset.ConnectionLog);
            await clock.TimeAsync("pull ENT log", () => PullAsync(runner, new EntConnectionLogConnector(),
                EntConnector, EntSettings(logPath), dataset.Window, establishments, logPath, cancellationToken))
                .ConfigureAwait(false);
            var facts = await clock.TimeAsync("aggregate", () => AggregateAsync(store, dataset.Window,
                establishments, cancellationToken)).ConfigureAwait(false);
            return ToRegionFacts(facts);
        }
        finally
        {
            if (Directory.Exists(storeFolder))
            {
                Directory.Delete(storeFolder, recursive: true);
            }
        }
    }

    private DirectoryImportResult ImportDirectory()
    {
        var options = new DirectoryImportOptions { Folder = directoryFolder.FullName };
        return new DirectoryImporter(loggerFactory.CreateLogger<DirectoryImporter>())
            .Import(options, CancellationToken.None);
    }

    private static IConfigurationSection IntuneSettings(string path, DateOnly snapshotDate) => Section(
        IntuneConnector, new Dictionary<string, string?>
        {
            ["Files:0"] = path,
            ["SnapshotDate"] = snapshotDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Mapping:Rules:0:Name"] = "device name",
            ["Mapping:Rules:0:Kind"] = "NamePattern",
            ["Mapping:Rules:0:Pattern"] = DeviceNamePattern,
        });

    private static IConfigurationSection EntSettings(string path) => Section(
        EntConnector, new Dictionary<string, string?> { ["Platform"] = Platform, ["Files:0"] = path });

    private static IConfigurationSection Section(string connector, Dictionary<string, string?> settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(pair =>
                new KeyValuePair<string, string?>($"Connectors:{connector}:{pair.Key}", pair.Value)))
            .Build()
            .GetSection($"Connectors:{connector}");

    private static async Task<PullResult> PullAsync(PullRunner runner, IConnector connector, string name,
        IConfigurationSection settings, PullWindow window, EstablishmentDirectory establishments, string path,
        CancellationToken cancellationToken)
    {
        var request = new PullRequest
        {
            Environment = Environment, Connector = name, Window = window, Settings = settings,
            BaseDirectory = Path.GetDirectoryName(path)!, Pseudonymizer = BenchPseudonymizer,
            Establishments = establishments,
        };
        var result = await runner.RunAsync(connector, request, cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded || result.Rejected != 0)
        {
            throw new InvalidOperationException(
                $"The pull of {path} by '{name}' failed or rejected rows ({result.Rejected}): {result.Failure}");
        }

        return result;
    }

    private Task<FactSet> AggregateAsync(LocalFolderStore store, PullWindow window,
        EstablishmentDirectory establishments, CancellationToken cancellationToken)
    {
        var aggregator = new Aggregator(store, TimeProvider.System, loggerFactory.CreateLogger<Aggregator>());
        var request = new AggregationRequest
        {
            Environment = Environment, EnvironmentName = "Region benchmark", Window = window,
            Establishments = establishments, Options = new AggregationOptions { SuppressionThreshold = 1 },
        };
        return aggregator.AggregateAsync(request, cancellationToken);
    }

    private static RegionFacts ToRegionFacts(FactSet facts)
    {
        var devices = facts.Devices.Where(fact => fact.Source == IntuneConnector)
            .Select(fact => new DeviceFactRow(fact.Uai ?? string.Empty, fact.Model, fact.OperatingSystem,
                fact.Deployed, fact.Active, fact.Idle, fact.NeverSeen))
            .ToList();
        var platform = facts.PlatformUse.Where(fact => fact.Basis == FigureBasis.Computed)
            .Select(fact => new PlatformFactRow(fact.Uai, fact.Platform, fact.Role.ToString(),
                fact.ActiveUsers ?? throw new InvalidDataException(
                    $"The active users of {fact.Uai} {fact.Platform} {fact.Role} are suppressed with threshold 1."),
                fact.Connections ?? 0))
            .ToList();
        return new RegionFacts(devices, platform);
    }
}
