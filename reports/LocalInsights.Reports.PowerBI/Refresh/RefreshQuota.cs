using System.Globalization;
using LocalInsights.Reports.PowerBI.Json;

namespace LocalInsights.Reports.PowerBI.Refresh;

/// <summary>
/// The daily refresh limit: 8 refreshes in 24 hours on shared capacity, scheduled ones included. The service
/// counts them over the last 24 hours, so the check does the same with the refresh history.
/// </summary>
internal static class RefreshQuota
{
    private static readonly TimeSpan Window = TimeSpan.FromHours(24);

    /// <summary>
    /// Returns the refreshes of the last 24 hours and when the next is allowed, or null when one may start.
    /// </summary>
    public static (int Count, DateTimeOffset NextSlot)? Check(
        IReadOnlyList<RefreshDto> history, int limit, DateTimeOffset now)
    {
        if (limit <= 0)
        {
            return null;
        }

        var recent = history.Where(entry => entry.StartTime > now - Window)
            .Select(entry => entry.StartTime!.Value)
            .Order()
            .ToList();
        return recent.Count < limit ? null : (recent.Count, recent[recent.Count - limit] + Window);
    }

    /// <summary>
    /// True when the service rejected a refresh for its daily limit. The message checked is the one quoted in
    /// public reports: "Number of refresh requests in last 24 hours exceeded limit".
    /// </summary>
    public static bool IsRejection(PowerBIFailure failure) =>
        failure.StatusCode is 400 or 429
        && failure.Detail.Contains("24 hours exceeded limit", StringComparison.OrdinalIgnoreCase);

    public static PowerBIPublication Exhausted(
        PowerBIPublication publication, int count, int limit, DateTimeOffset nextSlot) => publication with
    {
        Status = PowerBIPublicationStatus.QuotaExhausted,
        Message = $"refresh not started: dataset '{publication.DatasetName}' was refreshed {count} times in the "
            + $"last 24 hours, the limit set by PowerBI:DailyRefreshLimit ({limit}); the next refresh is possible "
            + $"after {nextSlot.ToString("u", CultureInfo.InvariantCulture)}",
    };

    public static PowerBIPublication Rejected(PowerBIPublication publication, PowerBIFailure failure) =>
        publication with
        {
            Status = PowerBIPublicationStatus.QuotaExhausted,
            Failure = failure,
            Message = $"refresh not started: Power BI reports the daily refresh limit of dataset "
                + $"'{publication.DatasetName}' is exhausted (request id {failure.RequestId}): {failure.Detail}",
        };
}
