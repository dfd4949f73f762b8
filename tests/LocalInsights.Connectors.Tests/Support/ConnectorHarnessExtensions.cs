using LocalInsights.Core.Connectors;
using LocalInsights.Core.Establishments;
using Microsoft.Extensions.Configuration;

namespace LocalInsights.Connectors.Tests.Support;

/// <summary>Pulls through a <see cref="ConnectorHarness"/> with an establishment directory.</summary>
public static class ConnectorHarnessExtensions
{
    /// <summary>
    /// Pulls like <see cref="ConnectorHarness.PullAsync"/>, with <paramref name="directory"/> as the environment's
    /// establishments, so valid codes missing from it are observed as unknown.
    /// </summary>
    public static Task<PullResult> PullAsync(this ConnectorHarness harness, IConnector connector,
        IReadOnlyDictionary<string, string?> settings, PullWindow window, EstablishmentDirectory directory)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(pair =>
                new KeyValuePair<string, string?>($"{ConnectorHarness.SettingsPrefix}:{pair.Key}", pair.Value)))
            .Build();
        var request = new PullRequest
        {
            Environment = ConnectorHarness.Environment,
            Connector = "source",
            Window = window,
            Settings = configuration.GetSection(ConnectorHarness.SettingsPrefix),
            BaseDirectory = harness.DataDirectory,
            Pseudonymizer = harness.Pseudonymizer,
            Establishments = directory,
        };
        return new PullRunner(harness.Store, harness.Time, harness.Logs)
            .RunAsync(connector, request, CancellationToken.None);
    }
}
