using LocalInsights.Core.Connectors;
using LocalInsights.Core.Model;

namespace LocalInsights.Connectors.Graph.Devices;

/// <summary>
/// Observes what was wrong with a device listing: devices listed more than once, and a record count that
/// disagrees with <c>@odata.count</c>. Full Intune listings can skip or repeat devices that sync while the pages
/// are read; devices missing from the listing are reported, never invented.
/// </summary>
internal static class DeviceListingChecks
{
    public static async Task ObserveAsync(PullContext context, DeviceIndex index, DeviceListing listing,
        CancellationToken cancellationToken)
    {
        foreach (var (id, dropped) in index.Repeated())
        {
            await context.ObserveAsync(
                new QualityObservation
                {
                    Source = context.Connector, Kind = QualityIssueKind.Duplicate, Subject = id,
                    File = ManagedDevicePull.Resource, Count = dropped,
                    Detail = "the managed device was listed more than once; the record with the latest check-in "
                        + "was kept",
                },
                cancellationToken).ConfigureAwait(false);
        }

        if (index.Repeats > 0)
        {
            GraphLog.DuplicateDevices(context.Logger, index.Repeats);
        }

        // Rejected records were received, so they are not missing from the listing.
        var accounted = index.Distinct + listing.Rejected;
        if (listing.Advertised is { } advertised && (advertised != listing.Received || advertised != accounted))
        {
            GraphLog.DeviceCountMismatch(context.Logger, advertised, listing.Received, index.Distinct);
            var rejected = listing.Rejected > 0 ? $" and {listing.Rejected} rejected" : string.Empty;
            await context.ObserveAsync(
                new QualityObservation
                {
                    Source = context.Connector, Kind = QualityIssueKind.CountMismatch,
                    Subject = ManagedDevicePull.Resource, File = ManagedDevicePull.Resource,
                    Count = Math.Abs(advertised - accounted),
                    Detail = $"Graph advertised {advertised} devices (@odata.count) but its {listing.Pages} pages "
                        + $"held {listing.Received} records for {index.Distinct} distinct devices{rejected}; "
                        + "devices missing from the listing are not counted",
                },
                cancellationToken).ConfigureAwait(false);
        }
    }
}
