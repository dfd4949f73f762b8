namespace LocalInsights.Connectors.Graph;

/// <summary>
/// Retries and request budgets. Budgets are per tenant and shared by every pull of the process, so that
/// several connector instances on one tenant stay under Graph's limits together.
/// </summary>
/// <remarks>
/// Graph documents these limits per app and tenant. Intune allows 2,000 requests per 20 s, and usage reports 14
/// requests per 10 minutes per report. Identity (users, SKUs) uses a token bucket of 3,500 to 8,000 units per
/// 10 s, where listing users costs 2 units and listing SKUs 3. The defaults stay below them.
/// </remarks>
public sealed class GraphThrottlingOptions
{
    /// <summary>Retries of one request after a 429, 503, 504 or network error. Default 6.</summary>
    public int MaxRetries { get; set; } = 6;

    /// <summary>Total time one pull may wait, for retries and budgets together. Default 10 minutes.</summary>
    public TimeSpan MaxTotalWait { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Longest <c>Retry-After</c> honoured; a longer one fails the pull at once. Default 5 minutes.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// First wait of the exponential backoff used when a response has no <c>Retry-After</c>. Default 1 s.
    /// </summary>
    public TimeSpan BackoffBase { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest wait of the exponential backoff. Default 60 s.</summary>
    public TimeSpan BackoffMax { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Intune requests (<c>/deviceManagement</c>) allowed per <see cref="DevicePeriod"/>. Default 1,000.
    /// </summary>
    public int DeviceRequests { get; set; } = 1000;

    /// <summary>Period of <see cref="DeviceRequests"/>. Default 20 s.</summary>
    public TimeSpan DevicePeriod { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Requests per report function allowed per <see cref="ReportPeriod"/>. Default 14.</summary>
    public int ReportRequests { get; set; } = 14;

    /// <summary>Period of <see cref="ReportRequests"/>. Default 10 minutes.</summary>
    public TimeSpan ReportPeriod { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Other requests (users, SKUs) allowed per <see cref="DirectoryPeriod"/>. Default 1,000.</summary>
    public int DirectoryRequests { get; set; } = 1000;

    /// <summary>Period of <see cref="DirectoryRequests"/>. Default 10 s.</summary>
    public TimeSpan DirectoryPeriod { get; set; } = TimeSpan.FromSeconds(10);
}
