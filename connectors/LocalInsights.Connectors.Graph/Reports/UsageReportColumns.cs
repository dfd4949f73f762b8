using LocalInsights.Core.Connectors;
using LocalInsights.Core.Text;

namespace LocalInsights.Connectors.Graph.Reports;

/// <summary>
/// Finds the columns of a usage report by header name, whatever their order; a required column that is missing
/// stops the pull with its name.
/// </summary>
internal sealed record UsageReportColumns(int UserPrincipalName, IReadOnlyList<(string Name, int Index)> Activity)
{
    public const string UserPrincipalNameColumn = "User Principal Name";

    public static UsageReportColumns Resolve(UsageReport report, DelimitedFile file, PullContext context)
    {
        var upn = file.IndexOf(UserPrincipalNameColumn);
        var activity = report.ActivityColumns
            .Select(name => (Name: name, Index: file.IndexOf(name)))
            .Where(column => column.Index >= 0)
            .ToList();
        if (upn < 0 || activity.Count == 0)
        {
            var missing = upn < 0 ? UserPrincipalNameColumn : string.Join("' or '", report.ActivityColumns);
            throw new ConnectorException($"Report {report.Function} has no column '{missing}', which the connector "
                + $"needs; its columns are {string.Join(", ", file.Header.Select(name => $"'{name}'"))}. Graph "
                + "changed the report's format: update the connector.");
        }

        var read = new HashSet<string>(activity.Select(column => column.Name), StringComparer.OrdinalIgnoreCase)
        {
            UserPrincipalNameColumn,
        };
        var extra = string.Join(", ", file.Header.Where(name => !read.Contains(name)));
        if (extra.Length > 0)
        {
            GraphLog.ExtraColumns(context.Logger, report.Function, extra);
        }

        return new UsageReportColumns(upn, activity);
    }
}
