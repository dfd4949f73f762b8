using LocalInsights.Reports.PowerBI.Configuration;
using LocalInsights.Reports.PowerBI.Http;
using LocalInsights.Reports.PowerBI.Json;
using Microsoft.Extensions.Logging;

namespace LocalInsights.Reports.PowerBI.Refresh;

/// <summary>Reads the refresh history until the refresh the publisher started ends or the timeout passes.</summary>
internal sealed class RefreshPoller(PowerBIRestClient client, TimeProvider timeProvider, ILogger logger)
{
    private const int PollEntries = 10;

    // Allowed difference between the service's clock and ours when the refresh is found by start time.
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Returns the last entry read for the refresh; its status is Unknown when it did not end in time.
    /// </summary>
    public async Task<RefreshDto?> WaitAsync(string datasetId, string? requestId, DateTimeOffset postedAt,
        PowerBIOptions options, CancellationToken cancellationToken)
    {
        var interval = TimeSpan.FromSeconds(options.RefreshPollIntervalSeconds);
        var deadline = postedAt + TimeSpan.FromMinutes(options.RefreshTimeoutMinutes);
        RefreshDto? entry = null;
        while (true)
        {
            await Task.Delay(interval, timeProvider, cancellationToken).ConfigureAwait(false);
            var history = await client.GetRefreshHistoryAsync(datasetId, PollEntries, cancellationToken)
                .ConfigureAwait(false);
            entry = Find(history, requestId, postedAt) ?? entry;
            var status = entry?.Status ?? RefreshStatus.Unknown;
            PowerBILog.RefreshPolled(logger, datasetId, status);
            if (status != RefreshStatus.Unknown || timeProvider.GetUtcNow() >= deadline)
            {
                return entry;
            }
        }
    }

    // The history's requestId matches the RequestId header of the POST. NOTE: Microsoft documents the refresh id
    // headers only for enhanced refreshes, so when the POST returned no id the newest refresh started through the
    // API since the POST is taken instead.
    private static RefreshDto? Find(IReadOnlyList<RefreshDto> history, string? requestId, DateTimeOffset postedAt)
    {
        if (requestId is not null)
        {
            var exact = history.FirstOrDefault(entry =>
                string.Equals(entry.RequestId, requestId, StringComparison.OrdinalIgnoreCase));
            if (exact is not null)
            {
                return exact;
            }
        }

        return history
            .Where(entry => entry.RefreshType == "ViaApi" && entry.StartTime >= postedAt - ClockSkew)
            .MaxBy(entry => entry.StartTime);
    }
}
