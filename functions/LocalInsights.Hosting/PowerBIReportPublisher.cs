using LocalInsights.Core.Aggregation;
using LocalInsights.Core.Configuration;
using LocalInsights.Reports.PowerBI;
using LocalInsights.Reports.PowerBI.Configuration;
using Microsoft.Extensions.Configuration;

namespace LocalInsights.Hosting;

/// <summary>
/// Publishes an environment's facts to Power BI with the settings of <c>LocalInsights:Environments:{id}:PowerBI</c>.
/// Without a workspace it makes a dry run: the requests it would send are written under
/// <c>{LocalInsights:PowerBI:DryRunFolder}/{environment}</c>.
/// </summary>
public sealed class PowerBIReportPublisher(PowerBIPublisher publisher, IConfiguration configuration) : IReportPublisher
{
    /// <summary>Key of the folder that dry runs write to; default <c>powerbi</c> under the temporary folder.</summary>
    public const string DryRunFolderKey = "LocalInsights:PowerBI:DryRunFolder";

    public string Name => "power-bi";

    public async Task<ReportPublication> PublishAsync(FactSet facts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(facts);
        PowerBIOptions options;
        try
        {
            options = PowerBIOptions.Bind(
                configuration.GetSection(EnvironmentSettings.EnvironmentsSection).GetSection(facts.Environment));
        }
        catch (ConfigurationException exception)
        {
            return new ReportPublication(false, exception.Message);
        }

        var root = configuration[DryRunFolderKey] ?? Path.Combine(Path.GetTempPath(), "localinsights-powerbi");
        var publication = await publisher.PublishAsync(facts, options, Path.Combine(root, facts.Environment),
            cancellationToken).ConfigureAwait(false);
        return new ReportPublication(publication.Succeeded, publication.Message);
    }
}
