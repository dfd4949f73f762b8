using LocalInsights.Connectors.Graph.Client;
using LocalInsights.Core.Connectors;
using LocalInsights.Core.Devices.Mapping;
using LocalInsights.Core.Storage;
using Microsoft.Graph.Models;

namespace LocalInsights.Connectors.Graph.Devices;

/// <summary>
/// Lists <c>/deviceManagement/managedDevices</c> page by page, following each <c>@odata.nextLink</c> as given,
/// rejects devices that checked in after the snapshot date, spools the others, then writes one snapshot per device
/// id with the latest check-in, and reports repeats and a count that disagrees with <c>@odata.count</c>.
/// </summary>
internal static class ManagedDevicePull
{
    internal const string Resource = "deviceManagement/managedDevices";
    private const string Permission = "DeviceManagementManagedDevices.Read.All";

    public static async Task RunAsync(GraphSession session, GraphConnectorOptions options, PullContext context,
        DateOnly snapshotDate, CancellationToken cancellationToken)
    {
        var mapper = await DeviceMapper.LoadAsync(options.Devices.Mapping, "Devices:Mapping", context,
            cancellationToken).ConfigureAwait(false);
        var reader = new ManagedDeviceReader(context.Connector, snapshotDate, options.Devices.StoreDeviceNames, mapper);
        var takenOn = SnapshotDates.TakenOn(options, context);
        var filter = new CheckInFilter(context, takenOn, options.SnapshotDate is not null);
        using var spool = new DeviceSpool();
        var index = new DeviceIndex();

        var listing = await ReadPagesAsync(session, options, context, mapper, reader, filter, spool, index,
            cancellationToken).ConfigureAwait(false);
        if (filter.Rejected > 0)
        {
            GraphLog.CheckedInAfterSnapshot(context.Logger, filter.Rejected, takenOn);
        }

        var publisher = new DevicePublisher(context);
        await foreach (var (position, device) in spool.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            if (index.IsKept(device.DeviceId, position))
            {
                await publisher.WriteAsync(device, cancellationToken).ConfigureAwait(false);
            }
        }

        await publisher.CompleteAsync(snapshotDate, cancellationToken).ConfigureAwait(false);
        await DeviceListingChecks.ObserveAsync(context, index, listing, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<DeviceListing> ReadPagesAsync(GraphSession session, GraphConnectorOptions options,
        PullContext context, DeviceMapper mapper, ManagedDeviceReader reader, CheckInFilter filter, DeviceSpool spool,
        DeviceIndex index, CancellationToken cancellationToken)
    {
        var select = ManagedDeviceFields.Select(mapper);
        long? advertised = null;
        long received = 0;
        long rejected = 0;
        var page = 0;
        string? nextLink = null;
        do
        {
            page++;
            var link = nextLink;
            var response = await GraphErrors.CallAsync(
                () => link is null
                    ? session.Client.DeviceManagement.ManagedDevices.GetAsync(
                        request =>
                        {
                            request.QueryParameters.Select = select;
                            request.QueryParameters.Count = true;
                        },
                        cancellationToken)
                    : session.Client.DeviceManagement.ManagedDevices.WithUrl(link).GetAsync(
                        cancellationToken: cancellationToken),
                $"GET /{Resource} (page {page})", Permission, options.TenantId).ConfigureAwait(false)
                ?? throw new ConnectorException($"Graph returned an empty body for page {page} of /{Resource}.");
            advertised ??= response.OdataCount;
            var devices = response.Value ?? [];
            foreach (var device in devices)
            {
                received++;
                var added = await AddAsync(context, reader, filter, spool, index, device, page, cancellationToken)
                    .ConfigureAwait(false);
                if (!added)
                {
                    rejected++;
                }
            }

            GraphLog.DevicePageRead(context.Logger, page, devices.Count);
            nextLink = response.OdataNextLink;
        }
        while (!string.IsNullOrEmpty(nextLink));

        return new DeviceListing(advertised, received, rejected, page);
    }

    /// <summary>Spools one device of the listing; returns false when the device is rejected instead.</summary>
    private static async Task<bool> AddAsync(PullContext context, ManagedDeviceReader reader, CheckInFilter filter,
        DeviceSpool spool, DeviceIndex index, ManagedDevice device, int page, CancellationToken cancellationToken)
    {
        context.RowsRead++;
        if (string.IsNullOrWhiteSpace(device.Id))
        {
            await context.RejectAsync(new Reject(Resource, page, "id", null, "the managed device has no id"),
                cancellationToken).ConfigureAwait(false);
            return false;
        }

        var snapshot = reader.Read(device, device.Id.Trim());
        if (await filter.RejectIfLateAsync(snapshot, page, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        var position = await spool.AppendAsync(snapshot, cancellationToken).ConfigureAwait(false);
        index.Add(snapshot.DeviceId, snapshot.LastSyncAt, position);
        return true;
    }
}
