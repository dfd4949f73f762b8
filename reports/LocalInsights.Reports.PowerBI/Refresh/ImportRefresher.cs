using System.Globalization;
using LocalInsights.Reports.PowerBI.Configuration;
using LocalInsights.Reports.PowerBI.Http;
using LocalInsights.Reports.PowerBI.Json;
using Microsoft.Extensions.Logging;

namespace LocalInsights.Reports.PowerBI.Refresh;

/// <summary>
/// Refreshes an import dataset that an authority built over the aggregate files: checks the daily refresh limit
/// against the refresh history, starts a standard refresh and reads the history until the refresh ends. A standard
/// refresh is transactional, so a failed one leaves the previous data in place.
/// </summary>
internal sealed class ImportRefresher(PowerBIRestClient client, TimeProvider timeProvider, ILogger logger)
{
    public async Task<PowerBIPublication> RefreshAsync(PowerBIOptions options, CancellationToken cancellationToken)
    {
        var dataset = await FindDatasetAsync(options, cancellationToken).ConfigureAwait(false);
        var datasetId = dataset.Id ?? options.DatasetId ?? string.Empty;
        var history = await client.GetRefreshHistoryAsync(datasetId, PowerBIRestClient.QuotaHistoryEntries,
            cancellationToken).ConfigureAwait(false);
        var blocked = CheckBeforeStart(options, dataset, datasetId, history);
        if (blocked is not null)
        {
            return blocked;
        }

        var postedAt = timeProvider.GetUtcNow();
        string? requestId;
        try
        {
            requestId = await client.RefreshAsync(datasetId, cancellationToken).ConfigureAwait(false);
        }
        catch (PowerBIRequestException exception) when (RefreshQuota.IsRejection(exception.Failure))
        {
            return RefreshQuota.Rejected(Base(dataset, datasetId), exception.Failure);
        }

        PowerBILog.RefreshStarted(logger, datasetId, client.WorkspaceId, requestId);
        var poller = new RefreshPoller(client, timeProvider, logger);
        var entry = await poller.WaitAsync(datasetId, requestId, postedAt, options, cancellationToken)
            .ConfigureAwait(false);
        return Outcome(Base(dataset, datasetId), entry, options);
    }

    private async Task<DatasetDto> FindDatasetAsync(PowerBIOptions options, CancellationToken cancellationToken)
    {
        var name = options.DatasetName ?? string.Empty;
        var dataset = await DatasetLookup.FindAsync(client, options.DatasetId, name, cancellationToken)
            .ConfigureAwait(false) ?? throw new PowerBIPublishException($"No dataset is named '{name}' in workspace "
                + $"{client.WorkspaceId}: publish the import model built over the aggregate files to this workspace "
                + "first, or set PowerBI:DatasetId.");
        if (dataset.AddRowsAPIEnabled == true)
        {
            throw new PowerBIPublishException($"Dataset '{dataset.Name}' ({dataset.Id}) is a push dataset, which "
                + "has no source to refresh: set PowerBI:Mode to Push to publish rows to it.");
        }

        return dataset;
    }

    private PowerBIPublication? CheckBeforeStart(
        PowerBIOptions options, DatasetDto dataset, string datasetId, IReadOnlyList<RefreshDto> history)
    {
        var running = history.FirstOrDefault(entry => entry.Status == RefreshStatus.Unknown);
        if (running is not null)
        {
            return Base(dataset, datasetId) with
            {
                Status = PowerBIPublicationStatus.Failed,
                Message = $"refresh not started: a refresh of dataset '{dataset.Name}' started at "
                    + $"{running.StartTime?.ToString("u", CultureInfo.InvariantCulture)} is still running (request "
                    + $"id {running.RequestId}); run again once it ends",
            };
        }

        var quota = RefreshQuota.Check(history, options.DailyRefreshLimit, timeProvider.GetUtcNow());
        if (quota is null)
        {
            return null;
        }

        PowerBILog.RefreshQuotaExhausted(logger, datasetId, quota.Value.Count, options.DailyRefreshLimit);
        return RefreshQuota.Exhausted(Base(dataset, datasetId), quota.Value.Count, options.DailyRefreshLimit,
            quota.Value.NextSlot);
    }

    private PowerBIPublication Outcome(PowerBIPublication publication, RefreshDto? entry, PowerBIOptions options)
    {
        var status = entry?.Status ?? RefreshStatus.Unknown;
        var result = new PowerBIRefreshResult(status, entry?.RequestId, entry?.StartTime, entry?.EndTime,
            entry?.ServiceExceptionJson);
        PowerBILog.RefreshEnded(logger, publication.DatasetId ?? string.Empty, status);
        var name = $"'{publication.DatasetName}' ({publication.DatasetId})";
        return publication with
        {
            Refresh = result,
            Status = status == RefreshStatus.Completed
                ? PowerBIPublicationStatus.Refreshed
                : PowerBIPublicationStatus.Failed,
            Message = status switch
            {
                RefreshStatus.Completed => $"refreshed import dataset {name}",
                RefreshStatus.Unknown => $"refresh of dataset {name} did not end within "
                    + $"{options.RefreshTimeoutMinutes} minutes; it may still end: check its refresh history in the "
                    + "workspace",
                _ => $"refresh of dataset {name} ended {status}: {entry?.ServiceExceptionJson ?? "no error detail"}; "
                    + "the previous data stays in place",
            },
        };
    }

    private PowerBIPublication Base(DatasetDto dataset, string datasetId) => new()
    {
        Status = PowerBIPublicationStatus.Failed, Mode = PowerBIMode.Refresh, Message = string.Empty,
        WorkspaceId = client.WorkspaceId, DatasetId = datasetId, DatasetName = dataset.Name,
    };
}
