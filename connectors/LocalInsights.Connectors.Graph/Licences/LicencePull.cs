using LocalInsights.Connectors.Graph.Client;
using LocalInsights.Connectors.Graph.Reports;
using LocalInsights.Core.Connectors;
using LocalInsights.Core.Model;

namespace LocalInsights.Connectors.Graph.Licences;

/// <summary>
/// Reads <c>/subscribedSkus</c> and writes one <see cref="LicenceSnapshot"/> per SKU for the tenant, then one
/// per establishment and SKU from the users' assigned licences. Active users per SKU are given only when the
/// usage reports could be joined with the users, that is when no name was concealed.
/// </summary>
internal static class LicencePull
{
    private const string Permission = "Organization.Read.All (or LicenseAssignment.Read.All)";

    public static async Task RunAsync(GraphSession session, GraphConnectorOptions options, PullContext context,
        DateOnly snapshotDate, UserDirectory? users, UsageSummary? usage, CancellationToken cancellationToken)
    {
        var response = await GraphErrors.CallAsync(
            () => session.Client.SubscribedSkus.GetAsync(cancellationToken: cancellationToken),
            "GET /subscribedSkus", Permission, options.TenantId).ConfigureAwait(false);
        var counts = LicenceCounts.From(users, usage);
        var skus = 0;
        var partNumbers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var sku in response?.Value ?? [])
        {
            context.RowsRead++;
            var skuId = sku.SkuId?.ToString();
            if (skuId is null || string.IsNullOrWhiteSpace(sku.SkuPartNumber))
            {
                continue;
            }

            partNumbers[skuId] = sku.SkuPartNumber;
            await context.WriteAsync(
                new LicenceSnapshot
                {
                    SnapshotDate = snapshotDate, Source = context.Connector, SkuId = skuId,
                    SkuPartNumber = sku.SkuPartNumber, EnabledUnits = sku.PrepaidUnits?.Enabled ?? 0,
                    SuspendedUnits = sku.PrepaidUnits?.Suspended ?? 0, WarningUnits = sku.PrepaidUnits?.Warning ?? 0,
                    ConsumedUnits = sku.ConsumedUnits ?? 0, ActiveUsers = counts.ActiveFor(null, skuId),
                },
                cancellationToken).ConfigureAwait(false);
            skus++;
        }

        var breakdowns = options.Licences.PerEstablishment
            ? await WriteBreakdownsAsync(context, snapshotDate, counts, partNumbers, cancellationToken)
                .ConfigureAwait(false)
            : 0;
        GraphLog.LicencesWritten(context.Logger, skus, breakdowns, snapshotDate);
    }

    private static async Task<int> WriteBreakdownsAsync(PullContext context, DateOnly snapshotDate,
        LicenceCounts counts, Dictionary<string, string> partNumbers, CancellationToken cancellationToken)
    {
        var written = 0;
        foreach (var ((uai, skuId), assigned) in counts.AssignedByEstablishment
                     .OrderBy(pair => pair.Key.Uai, StringComparer.Ordinal)
                     .ThenBy(pair => pair.Key.SkuId, StringComparer.Ordinal))
        {
            if (!partNumbers.TryGetValue(skuId, out var partNumber))
            {
                continue;
            }

            await context.WriteAsync(
                new LicenceSnapshot
                {
                    SnapshotDate = snapshotDate, Source = context.Connector, SkuId = skuId, SkuPartNumber = partNumber,
                    Uai = uai, ConsumedUnits = assigned, ActiveUsers = counts.ActiveFor(uai, skuId),
                },
                cancellationToken).ConfigureAwait(false);
            written++;
        }

        return written;
    }
}
