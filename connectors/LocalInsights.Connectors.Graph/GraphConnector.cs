using LocalInsights.Connectors.Graph.Client;
using LocalInsights.Connectors.Graph.Devices;
using LocalInsights.Connectors.Graph.Licences;
using LocalInsights.Connectors.Graph.Reports;
using LocalInsights.Connectors.Graph.Throttling;
using LocalInsights.Core.Connectors;
using LocalInsights.Core.Model;

namespace LocalInsights.Connectors.Graph;

/// <summary>
/// Reads one tenant through Microsoft Graph v1.0 with the Microsoft.Graph SDK: Intune managed devices, licence
/// SKUs and their assignments, and the per-user Microsoft 365 usage reports.
/// </summary>
/// <remarks>
/// Any request that still fails after its retries fails the whole pull, so a partial listing is never stored as
/// a complete one. Personal fields are dropped or pseudonymised as they are read.
/// </remarks>
public sealed class GraphConnector(IGraphCredentialFactory credentials, GraphRequestBudgets budgets) : IConnector
{
    public const string ConnectorType = "microsoft-graph";

    public ConnectorDescriptor Descriptor { get; } = new(
        ConnectorType,
        "Microsoft Graph (Intune, licences, Microsoft 365 usage)",
        [typeof(DeviceSnapshot), typeof(LicenceSnapshot), typeof(PlatformActivity), typeof(QualityObservation)],
        typeof(GraphConnectorOptions),
        GraphProcessing.Declaration);

    public async Task PullAsync(PullContext context, CancellationToken cancellationToken)
    {
        var options = context.GetOptions<GraphConnectorOptions>();
        var snapshotDate = options.Devices.Enabled || options.Licences.Enabled
            ? SnapshotDates.Resolve(options, context)
            : context.Window.To;
        using var session = GraphSession.Open(options, context, credentials, budgets);

        if (options.Devices.Enabled)
        {
            await ManagedDevicePull.RunAsync(session, options, context, snapshotDate, cancellationToken)
                .ConfigureAwait(false);
        }

        UserDirectory? users = null;
        if (options.UsageReports.Enabled || (options.Licences.Enabled && options.Licences.PerEstablishment
                && !string.IsNullOrWhiteSpace(options.Users.EstablishmentAttribute)))
        {
            users = await UserDirectoryPull.ReadAsync(session, options, context, cancellationToken)
                .ConfigureAwait(false);
        }

        UsageSummary? usage = null;
        if (options.UsageReports.Enabled)
        {
            usage = await UsageReportPull.RunAsync(session, options, context, users, cancellationToken)
                .ConfigureAwait(false);
        }

        if (options.Licences.Enabled)
        {
            await LicencePull.RunAsync(session, options, context, snapshotDate, users, usage, cancellationToken)
                .ConfigureAwait(false);
        }
    }
}
