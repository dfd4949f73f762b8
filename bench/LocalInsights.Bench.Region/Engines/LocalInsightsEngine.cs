using System.Globalization;
using LocalInsights.Bench.Region.Generation;
using LocalInsights.Connectors.DeviceExports.Intune;
using LocalInsights.Connectors.Ent.ConnectionLog;
using LocalInsights.Core.Aggregation;
using LocalInsights.Core.Connectors;
using LocalInsights.Core.Establishments;
using LocalInsights.Core.Model;
using LocalInsights.Core.Privacy;
using LocalInsights.Core.Configuration;
using LocalInsights.Core.Pipeline;
using LocalInsights.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace LocalInsights.Bench.Region.Engines;

/// <summary>
/// The production path, with no stand-in: <see cref="EnvironmentRunner"/> runs an environment configured as an
/// authority would configure it, into a <see cref="LocalFolderStore"/>: the directory, one
/// <see cref="IntuneDeviceExportConnector"/> pull over the month's daily exports (each dated by its file name),
/// one <see cref="EntConnectionLogConnector"/> pull, then the aggregation of the month and the aggregate files.
/// </summary>
/// <remarks>
/// The two pulls run side by side, as <see cref="EnvironmentSettings.ParallelPulls"/> lets them on a machine with
/// two processors or more. The suppression threshold is set to 1, which turns suppression off, so that the counts
/// of people can be compared as computed.
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
    private static readonly string BenchKey = Convert.ToBase64String(
        Enumerable.Range(0, Pseudonymizer.MinimumKeyBytes).Select(value => (byte)(value * 7)).ToArray());

    public async Task<RegionFacts> RunAsync(RegionDataset dataset, DirectoryInfo data, PhaseClock clock,
        CancellationToken cancellationToken)
    {
        var storeFolder = Path.Combine(Path.GetTempPath(),
            "localinsights-region-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            IConnector[] connectors = [new IntuneDeviceExportConnector(), new EntConnectionLogConnector()];
            var environment = EnvironmentSettings.Load(Configuration(dataset), Environment, data.FullName,
                connectors.Select(connector => connector.Descriptor.Type).ToList());
            var runner = new EnvironmentRunner(new LocalFolderStore(storeFolder), connectors,
                new DirectoryLoader(loggerFactory), TimeProvider.System, loggerFactory);
            var outcome = await clock.TimeAsync("run", () => runner.RunAsync(environment, dataset.Window,
                progress: null, cancellationToken)).ConfigureAwait(false);
            foreach (var step in outcome.Record.Steps)
            {
                clock.Add($"  {step.Name}", step.DurationMs / 1000);
            }

            if (outcome.Record.Status != RunStatus.Succeeded || outcome.Facts is null
                || outcome.Pulls.Any(pull => pull.Rejected != 0))
            {
                throw new InvalidOperationException(
                    $"The run ended {outcome.Record.Status}: " + string.Join("; ", outcome.Record.Steps.Select(
                        step => $"{step.Name} {step.Status}, {step.Rejected} rejected {step.Failure}")));
            }

            return ToRegionFacts(outcome.Facts);
        }
        finally
        {
            if (Directory.Exists(storeFolder))
            {
                Directory.Delete(storeFolder, recursive: true);
            }
        }
    }

    /// <summary>The environment's settings, as they would be written in <c>appsettings.json</c>.</summary>
    private IConfiguration Configuration(RegionDataset dataset)
    {
        var prefix = $"{EnvironmentSettings.EnvironmentsSection}:{Environment}";
        var intune = $"{prefix}:Connectors:{IntuneConnector}";
        var ent = $"{prefix}:Connectors:{EntConnector}";
        var settings = new Dictionary<string, string?>
        {
            [$"{prefix}:DisplayName"] = "Region benchmark",
            [$"{prefix}:Privacy:PseudonymKey"] = BenchKey,
            [$"{prefix}:Metrics:SuppressionThreshold"] = "1",
            [$"{prefix}:Directory:Folder"] = directoryFolder.FullName,
            [$"{intune}:Type"] = IntuneDeviceExportConnector.ConnectorType,
            [$"{intune}:SnapshotDateFromFileName"] = "true",
            [$"{intune}:Mapping:Rules:0:Name"] = "device name",
            [$"{intune}:Mapping:Rules:0:Kind"] = "NamePattern",
            [$"{intune}:Mapping:Rules:0:Pattern"] = DeviceNamePattern,
            [$"{ent}:Type"] = EntConnectionLogConnector.ConnectorType,
            [$"{ent}:Platform"] = Platform,
            [$"{ent}:Files:0"] = dataset.ConnectionLog,
        };
        for (var index = 0; index < dataset.DeviceFiles.Count; index++)
        {
            settings[$"{intune}:Files:{index}"] = dataset.DeviceFiles[index].File;
        }

        return new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
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
