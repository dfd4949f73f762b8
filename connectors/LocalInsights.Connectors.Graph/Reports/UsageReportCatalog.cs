using Microsoft.Graph;
using Microsoft.Kiota.Abstractions;

namespace LocalInsights.Connectors.Graph.Reports;

/// <summary>
/// The per-user usage reports the connector reads, each through its typed request builder of the SDK.
/// </summary>
internal static class UsageReportCatalog
{
    private const string LastActivityDate = "Last Activity Date";

    private static readonly UsageReport[] Reports =
    [
        new("M365AppUserDetail", "Microsoft 365 apps", [LastActivityDate], (client, period, token) =>
            period.Day is { } day
                ? client.Reports.GetM365AppUserDetailWithDate(ToDate(day)).GetAsync(cancellationToken: token)
                : client.Reports.GetM365AppUserDetailWithPeriod(period.Period).GetAsync(cancellationToken: token)),
        new("TeamsDeviceUsageUserDetail", "Microsoft Teams", [LastActivityDate], (client, period, token) =>
            period.Day is { } day
                ? client.Reports.GetTeamsDeviceUsageUserDetailWithDate(ToDate(day)).GetAsync(cancellationToken: token)
                : client.Reports.GetTeamsDeviceUsageUserDetailWithPeriod(period.Period)
                    .GetAsync(cancellationToken: token)),
        new("TeamsUserActivityUserDetail", "Microsoft Teams", [LastActivityDate], (client, period, token) =>
            period.Day is { } day
                ? client.Reports.GetTeamsUserActivityUserDetailWithDate(ToDate(day)).GetAsync(cancellationToken: token)
                : client.Reports.GetTeamsUserActivityUserDetailWithPeriod(period.Period)
                    .GetAsync(cancellationToken: token)),
        new("EmailActivityUserDetail", "Exchange Online", [LastActivityDate], (client, period, token) =>
            period.Day is { } day
                ? client.Reports.GetEmailActivityUserDetailWithDate(ToDate(day)).GetAsync(cancellationToken: token)
                : client.Reports.GetEmailActivityUserDetailWithPeriod(period.Period)
                    .GetAsync(cancellationToken: token)),
        new("Office365ActiveUserDetail", "Microsoft 365",
            [
                "Exchange Last Activity Date", "OneDrive Last Activity Date", "SharePoint Last Activity Date",
                "Skype For Business Last Activity Date", "Yammer Last Activity Date", "Teams Last Activity Date",
            ],
            (client, period, token) => period.Day is { } day
                ? client.Reports.GetOffice365ActiveUserDetailWithDate(ToDate(day)).GetAsync(cancellationToken: token)
                : client.Reports.GetOffice365ActiveUserDetailWithPeriod(period.Period)
                    .GetAsync(cancellationToken: token)),
    ];

    public static IEnumerable<string> Names => Reports.Select(report => report.Name);

    /// <summary>
    /// Returns the report named <paramref name="name"/> (case-insensitive, with or without <c>get</c>).
    /// </summary>
    public static UsageReport? Find(string? name)
    {
        var trimmed = name?.Trim() ?? string.Empty;
        if (trimmed.StartsWith("get", StringComparison.OrdinalIgnoreCase))
        {
            trimmed = trimmed[3..];
        }

        return Reports.FirstOrDefault(
            report => string.Equals(report.Name, trimmed, StringComparison.OrdinalIgnoreCase));
    }

    private static Date ToDate(DateOnly day) => new(day.Year, day.Month, day.Day);
}
