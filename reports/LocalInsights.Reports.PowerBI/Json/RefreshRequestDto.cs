namespace LocalInsights.Reports.PowerBI.Json;

/// <summary>
/// Body of POST refreshes (swagger definition <c>DatasetRefreshRequest</c>). Only <c>notifyOption</c> is set, so
/// the service runs a standard refresh rather than an enhanced one, which needs Premium capacity.
/// </summary>
internal sealed class RefreshRequestDto
{
    /// <summary>Always NoNotification: mail options do not apply to service principals.</summary>
    public string NotifyOption { get; set; } = "NoNotification";
}
