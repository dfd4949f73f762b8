using LocalInsights.Connectors.Graph.Client;
using LocalInsights.Connectors.Graph.Licences;
using LocalInsights.Core.Connectors;
using LocalInsights.Core.Model;

namespace LocalInsights.Connectors.Graph.Reports;

/// <summary>
/// Downloads each configured usage report (a 302 to a pre-authenticated CSV, which the SDK follows) and writes a
/// <see cref="PlatformActivity"/> for each user active in the window whose name is visible and whose
/// establishment is known. Concealed names are counted for the tenant only.
/// </summary>
/// <remarks>
/// NOTE: per-user reports give each user's last activity day only, so a user active in the window and again
/// after it, before the report's refresh date, is not counted for the window. A report by day
/// (<c>UsageReports:Period</c> = a date) is exact for that day.
/// </remarks>
internal static class UsageReportPull
{
    private const string Permission = "Reports.Read.All";

    public static async Task<UsageSummary> RunAsync(GraphSession session, GraphConnectorOptions options,
        PullContext context, UserDirectory? users, CancellationToken cancellationToken)
    {
        if (!UsageReportPeriod.TryParse(options.UsageReports.Period, out var period))
        {
            throw new InvalidOperationException("UsageReports:Period was validated with the settings.");
        }

        var summary = new UsageSummary();
        foreach (var name in options.UsageReports.EffectiveReports)
        {
            var report = UsageReportCatalog.Find(name)!;
            var content = await GraphErrors.CallAsync(
                () => report.DownloadAsync(session.Client, period, cancellationToken),
                $"GET /reports/{report.Function}({period})", Permission, options.TenantId).ConfigureAwait(false)
                ?? throw new ConnectorException($"Graph returned no content for report {report.Function}.");
            await using (content.ConfigureAwait(false))
            {
                await ReadReportAsync(report, period, content, context, users, summary, cancellationToken)
                    .ConfigureAwait(false);
            }
        }

        await ObserveAsync(options, context, summary, cancellationToken).ConfigureAwait(false);
        return summary;
    }

    private static async Task ReadReportAsync(UsageReport report, UsageReportPeriod period, Stream content,
        PullContext context, UserDirectory? users, UsageSummary summary, CancellationToken cancellationToken)
    {
        long rows = 0, active = 0, written = 0, concealed = 0, unplaced = 0;
        await foreach (var row in UsageReportReader.ReadAsync(report, content, context, cancellationToken)
                           .ConfigureAwait(false))
        {
            rows++;
            context.RowsRead++;
            var isActive = row.LastActivity is { } day && context.Window.Contains(day);
            active += isActive ? 1 : 0;
            if (ConcealedNames.IsConcealed(row.UserPrincipalName))
            {
                summary.AddConcealed(row.UserPrincipalName, isActive);
                concealed++;
                continue;
            }

            if (!isActive)
            {
                continue;
            }

            var pseudonym = context.Pseudonymizer.Pseudonymize(row.UserPrincipalName);
            summary.AddActive(pseudonym);
            if (users?.Find(pseudonym) is not { Uai: { } uai } user)
            {
                summary.AddUnplaced(pseudonym);
                unplaced++;
                continue;
            }

            // A row is one active day: the report gives the last one only.
            await context.WriteAsync(
                new PlatformActivity
                {
                    Day = row.LastActivity!.Value, Platform = report.Platform, Uai = uai, Role = user.Role,
                    PersonPseudonym = pseudonym, Connections = 1,
                },
                cancellationToken).ConfigureAwait(false);
            written++;
        }

        GraphLog.ReportRead(context.Logger, report.Function, period, rows, active, written, concealed,
            unplaced);
    }

    private static async Task ObserveAsync(GraphConnectorOptions options, PullContext context, UsageSummary summary,
        CancellationToken cancellationToken)
    {
        if (summary.ConcealedUsers > 0)
        {
            GraphLog.NamesConcealed(context.Logger, options.TenantId, summary.ConcealedUsers);
            await context.ObserveAsync(
                new QualityObservation
                {
                    Source = context.Connector, Kind = QualityIssueKind.ConcealedNames,
                    Subject = $"tenant {options.TenantId}", File = "reports", Count = summary.ConcealedUsers,
                    Detail = $"the usage reports conceal the names of {summary.ConcealedUsers} users, "
                        + $"{summary.ConcealedActiveUsers} of them active in the window: they are counted for the "
                        + "tenant, but per-establishment attribution is unavailable for them. "
                        + ConcealedNames.AdministratorAdvice,
                },
                cancellationToken).ConfigureAwait(false);
        }

        if (summary.UnplacedActiveUsers > 0)
        {
            await context.ObserveAsync(
                new QualityObservation
                {
                    Source = context.Connector, Kind = QualityIssueKind.UnmappedUser,
                    Subject = "active users without an establishment", File = "reports",
                    Count = summary.UnplacedActiveUsers,
                    Detail = "active in the window, but not found in the users or with no valid UAI in "
                        + "Users:EstablishmentAttribute, so their activity is not attributed",
                },
                cancellationToken).ConfigureAwait(false);
        }
    }
}
