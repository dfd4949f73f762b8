namespace LocalInsights.Reports.PowerBI.Http;

/// <summary>Per-request settings read by the resilience handler.</summary>
internal static class PowerBIHttpOptions
{
    /// <summary>
    /// Set on POST rows requests, which the push publisher retries itself, so the handler must not resend them.
    /// After a 429 the publisher pauses every request to the dataset, and after an ambiguous failure it reloads
    /// the whole table.
    /// </summary>
    public static readonly HttpRequestOptionsKey<bool> RetriedByCaller = new("LocalInsights.PowerBI.RetriedByCaller");
}
