using LocalInsights.Core.Configuration;
using LocalInsights.Core.Pipeline;
using Microsoft.Extensions.Configuration;

namespace LocalInsights.Functions.Jobs;

/// <summary>
/// Reads environment settings from the app's configuration. Relative paths start at the app's folder, where a
/// deployed <c>localinsights.json</c> also lives.
/// </summary>
public sealed class EnvironmentCatalog(IConfiguration configuration, EnvironmentRunner runner)
{
    public IReadOnlyList<string> Ids => EnvironmentSettings.ListIds(configuration);

    /// <summary>Reads and checks environment <paramref name="id"/>.</summary>
    /// <exception cref="ConfigurationException">
    /// The environment is missing or invalid. The message lists each key.
    /// </exception>
    public EnvironmentSettings Load(string id) =>
        EnvironmentSettings.Load(configuration, id, AppContext.BaseDirectory, runner.ConnectorTypes);
}
