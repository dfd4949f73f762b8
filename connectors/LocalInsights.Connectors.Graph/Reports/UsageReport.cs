using Microsoft.Graph;

namespace LocalInsights.Connectors.Graph.Reports;

/// <summary>
/// A per-user usage report: its Graph function, the platform its activity counts for, the columns that give a
/// user's last activity, and the SDK call that downloads it as CSV.
/// </summary>
internal sealed record UsageReport(
    string Name,
    string Platform,
    IReadOnlyList<string> ActivityColumns,
    Func<GraphServiceClient, UsageReportPeriod, CancellationToken, Task<Stream?>> DownloadAsync)
{
    /// <summary>Graph function name, such as <c>getM365AppUserDetail</c>, as it appears in the request path.</summary>
    public string Function => "get" + Name;
}
