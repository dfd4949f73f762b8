using LocalInsights.Connectors.Ent.ConnectionLog;
using LocalInsights.Core.Aggregation;
using LocalInsights.Core.Connectors;
using LocalInsights.Core.Establishments;
using LocalInsights.Core.Privacy;
using LocalInsights.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace LocalInsights.Bench.Streaming;

/// <summary>
/// The production path of a per-user log, with no stand-in: <see cref="EntConnectionLogConnector"/> run by
/// <see cref="PullRunner"/> into a <see cref="LocalFolderStore"/>, then <see cref="Aggregator"/> for the month.
/// </summary>
internal sealed class StreamingPipeline(
    string storeFolder, DirectoryImportResult directory, ILoggerFactory loggerFactory)
{
    public const string Environment = "bench";

    public const string ConnectorName = "ent-ecoles";

    public const string Platform = "ENT écoles";

    /// <summary>
    /// Fixed pseudonymisation key, so that runs are reproducible. It protects nothing: the identifiers it hashes
    /// are generated.
    /// </summary>
    private static readonly Pseudonymizer BenchPseudonymizer =
        new(Enumerable.Range(0, Pseudonymizer.MinimumKeyBytes).Select(value => (byte)(value * 7)).ToArray());

    private readonly LocalFolderStore _store = new(storeFolder);
    private readonly EstablishmentDirectory _establishments = directory.ToDirectory();

    /// <summary>
    /// Pulls <paramref name="logPath"/> for <paramref name="window"/>. Throws <see cref="InvalidOperationException"/>
    /// when the pull fails.
    /// </summary>
    public async Task<PullResult> PullAsync(string logPath, PullWindow window, CancellationToken cancellationToken)
    {
        var settings = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                [$"Connectors:{ConnectorName}:Platform"] = Platform,
                [$"Connectors:{ConnectorName}:Files:0"] = logPath,
            })
            .Build()
            .GetSection($"Connectors:{ConnectorName}");
        var request = new PullRequest
        {
            Environment = Environment, Connector = ConnectorName, Window = window, Settings = settings,
            BaseDirectory = Path.GetDirectoryName(logPath)!, Pseudonymizer = BenchPseudonymizer,
            Establishments = _establishments,
        };
        var result = await new PullRunner(_store, TimeProvider.System, loggerFactory)
            .RunAsync(new EntConnectionLogConnector(), request, cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"The pull of {logPath} failed: {result.Failure}");
        }

        return result;
    }

    /// <summary>Aggregates what the store holds for <paramref name="window"/>.</summary>
    public Task<FactSet> AggregateAsync(PullWindow window, CancellationToken cancellationToken)
    {
        var aggregator = new Aggregator(_store, TimeProvider.System, loggerFactory.CreateLogger<Aggregator>());
        var request = new AggregationRequest
        {
            Environment = Environment, EnvironmentName = "Streaming benchmark", Window = window,
            Establishments = _establishments,
            DirectoryIssues = directory.Issues.Select(issue => issue.ToObservation(DirectoryLoader.SourceName))
                .ToList(),
        };
        return aggregator.AggregateAsync(request, cancellationToken);
    }
}
