using LocalInsights.Reports.PowerBI.Http;
using LocalInsights.Reports.PowerBI.Json;
using Microsoft.Extensions.Logging;

namespace LocalInsights.Reports.PowerBI.Push;

/// <summary>
/// Brings the tables of an existing push dataset in step with the facts. A table whose columns differ from the
/// facts' gets its schema replaced (PUT table). Any extra column the dataset has is kept, so reports built on it
/// still open. A fact table missing from the dataset is an error, because the API cannot add a table to an
/// existing push dataset.
/// </summary>
internal sealed class PushSchemaSync(PowerBIRestClient client, ILogger logger)
{
    /// <summary>Returns the number of tables whose schema was replaced.</summary>
    /// <exception cref="PowerBIPublishException">A fact table has no table in the dataset.</exception>
    public async Task<int> SyncAsync(
        string datasetId, IReadOnlyList<PushTable> tables, CancellationToken cancellationToken)
    {
        var existing = (await client.GetTablesAsync(datasetId, cancellationToken).ConfigureAwait(false))
            .ToDictionary(table => table.Name, StringComparer.OrdinalIgnoreCase);
        var missing = tables.Where(table => !existing.ContainsKey(table.Name)).Select(table => table.Name).ToList();
        if (missing.Count > 0)
        {
            throw new PowerBIPublishException($"Push dataset {datasetId} has no table {string.Join(", ", missing)}, "
                + "and the Power BI API cannot add a table to an existing push dataset. Delete the dataset in the "
                + "workspace (reports on it will need rebinding) or set PowerBI:DatasetName to a new name, and "
                + "publish again to create it with every table.");
        }

        var updated = 0;
        foreach (var table in tables)
        {
            var current = existing[table.Name];
            if (NeedsUpdate(table, current))
            {
                var schema = Merge(table, current);
                await client.PutTableAsync(datasetId, schema, cancellationToken).ConfigureAwait(false);
                PowerBILog.TableSchemaUpdated(logger, table.Name, datasetId, schema.Columns!.Count);
                updated++;
            }
        }

        return updated;
    }

    // A table listed without columns cannot be compared, so its schema is sent again.
    private static bool NeedsUpdate(PushTable table, TableDto current) =>
        current.Columns is null
        || table.Columns.Any(column => !current.Columns.Any(existing =>
            string.Equals(existing.Name, column.Name, StringComparison.OrdinalIgnoreCase)
            && string.Equals(existing.DataType, column.DataType, StringComparison.OrdinalIgnoreCase)));

    private static TableDto Merge(PushTable table, TableDto current)
    {
        var schema = PushSchema.ToDto(table);
        var extra = (current.Columns ?? []).Where(existing => !table.Columns.Any(column =>
            string.Equals(column.Name, existing.Name, StringComparison.OrdinalIgnoreCase))).ToList();

        // Extra columns are kept only while the table stays within the 75-column limit.
        if (schema.Columns!.Count + extra.Count <= PushSchemaRules.MaxColumns)
        {
            schema.Columns.AddRange(extra);
        }

        return schema;
    }
}
