using System.Text;
using LocalInsights.Core.Connectors;
using LocalInsights.Core.Storage;
using LocalInsights.Core.Text;

namespace LocalInsights.Connectors.Graph.Reports;

/// <summary>
/// Streams the rows of a usage report CSV: UTF-8, with or without a byte order mark (also one saved as text),
/// columns found by header name, quoted fields that may hold line breaks.
/// </summary>
internal static class UsageReportReader
{
    public static async IAsyncEnumerable<UsageReportRow> ReadAsync(UsageReport report, Stream content,
        PullContext context,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var file = Open(report, content);
        foreach (var warning in file.Warnings)
        {
            GraphLog.ReportRepaired(context.Logger, report.Function, warning);
        }

        var columns = UsageReportColumns.Resolve(report, file, context);
        while (file.ReadRow() is { } row)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var upn = row.Get(columns.UserPrincipalName);
            if (row.UnclosedQuote || upn is null)
            {
                var reason = row.UnclosedQuote ? "a quoted field is never closed" : "the user principal name is empty";
                var reject = new Reject(report.Function, row.Line, UsageReportColumns.UserPrincipalNameColumn, null,
                    reason);
                await context.RejectAsync(reject, cancellationToken).ConfigureAwait(false);
                continue;
            }

            yield return new UsageReportRow(row.Line, upn, LastActivity(report, columns, row));
        }
    }

    private static DelimitedFile Open(UsageReport report, Stream content)
    {
        try
        {
            return DelimitedFile.Open(report.Function, content, new UTF8Encoding(false, false), ",");
        }
        catch (InvalidDataException exception)
        {
            throw new ConnectorException($"Report {report.Function} could not be read: {exception.Message}",
                exception);
        }
    }

    private static DateOnly? LastActivity(UsageReport report, UsageReportColumns columns, DelimitedRow row)
    {
        DateOnly? latest = null;
        foreach (var (name, index) in columns.Activity)
        {
            var text = row.Get(index);
            if (!ReportDates.TryParse(text, out var day))
            {
                throw new ConnectorException($"Report {report.Function} line {row.Line}: column '{name}' contains "
                    + $"'{text}', which is neither yyyy-MM-dd nor yyyy-MM-ddThh:mm:ssZ. Graph changed the date "
                    + "format of the report: update the connector rather than guess the day.");
            }

            latest = day > latest || latest is null ? day : latest;
        }

        return latest;
    }
}
