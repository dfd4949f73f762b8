namespace LocalInsights.Reports.PowerBI.Json;

/// <summary>One entry of the refresh history (swagger definition <c>Refresh</c>).</summary>
internal sealed class RefreshDto
{
    public string? RefreshType { get; set; }

    public DateTimeOffset? StartTime { get; set; }

    public DateTimeOffset? EndTime { get; set; }

    /// <summary>Unknown while running, then Completed, Failed or Disabled.</summary>
    public string? Status { get; set; }

    public string? RequestId { get; set; }

    /// <summary>
    /// The failure as a JSON string, such as <c>{"errorCode":"ModelRefreshFailed_CredentialsNotSpecified"}</c>.
    /// </summary>
    public string? ServiceExceptionJson { get; set; }
}
