namespace LocalInsights.Connectors.Graph;

/// <summary>Settings of the Microsoft 365 usage reports read per user.</summary>
public sealed class GraphUsageReportOptions
{
    /// <summary>Whether usage reports are read. Default true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Reports to read, by the name of their Graph function without <c>get</c>: <c>M365AppUserDetail</c> and
    /// <c>TeamsDeviceUsageUserDetail</c> by default; also <c>Office365ActiveUserDetail</c>,
    /// <c>TeamsUserActivityUserDetail</c> and <c>EmailActivityUserDetail</c>.
    /// </summary>
    public List<string> Reports { get; init; } = [];

    /// <summary>
    /// <c>D7</c>, <c>D30</c> (default), <c>D90</c> or <c>D180</c> for the days before the report's refresh date, or
    /// one day as <c>yyyy-MM-dd</c> (Graph keeps about the last 30 days).
    /// </summary>
    public string Period { get; set; } = "D30";

    /// <summary>The configured reports, or the two default ones when none are configured.</summary>
    internal IReadOnlyList<string> EffectiveReports =>
        Reports.Count > 0 ? Reports : ["M365AppUserDetail", "TeamsDeviceUsageUserDetail"];
}
