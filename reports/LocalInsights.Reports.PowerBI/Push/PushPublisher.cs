using System.Globalization;
using LocalInsights.Core.Aggregation;
using LocalInsights.Reports.PowerBI.Configuration;
using LocalInsights.Reports.PowerBI.Http;
using LocalInsights.Reports.PowerBI.Json;
using Microsoft.Extensions.Logging;

namespace LocalInsights.Reports.PowerBI.Push;

/// <summary>
/// Publishes facts to a push dataset. It checks every schema rule and value first, so a publication that would
/// fail sends nothing and the previous rows stay. Then it finds or creates the dataset, updates changed table
/// schemas and replaces each table's rows.
/// </summary>
/// <remarks>
/// The API has no transaction: once a table's rows are deleted, a failure leaves that table partly loaded until
/// the next publication, and tables after it keep their previous rows. The failure names the table.
/// </remarks>
internal sealed class PushPublisher(
    PowerBIRestClient client, PushRequestPacer pacer, PowerBIPushLimits limits, TimeProvider timeProvider,
    ILogger logger)
{
    public async Task<PowerBIPublication> PublishAsync(
        FactSet facts, PowerBIOptions options, CancellationToken cancellationToken)
    {
        var tables = PushSchema.From(FactTables.From(facts));
        var name = DatasetNameOf(facts, options);
        var rejected = Check(facts, tables, options, name, out var adjusted);
        if (rejected is not null)
        {
            return rejected;
        }

        var started = timeProvider.GetTimestamp();
        var dataset = await PrepareDatasetAsync(options, name, tables, cancellationToken).ConfigureAwait(false);
        var adjust = options.InvalidValues == PowerBIInvalidValuePolicy.Adjust;
        var uploader = new TableRowsUploader(client, pacer, limits.MaxRowsPerRequest, limits.MaxPendingRequests,
            adjust, timeProvider, logger);
        var results = new List<PowerBITableResult>();
        foreach (var table in tables)
        {
            results.Add(await uploader.ReplaceAsync(dataset, table, cancellationToken).ConfigureAwait(false));
        }

        var rows = results.Sum(result => (long)result.Rows);
        var elapsedMs = (long)timeProvider.GetElapsedTime(started).TotalMilliseconds;
        PowerBILog.PushPublished(logger, rows, results.Count, dataset, elapsedMs);
        return new PowerBIPublication
        {
            Status = PowerBIPublicationStatus.Published, Mode = PowerBIMode.Push, WorkspaceId = client.WorkspaceId,
            DatasetId = dataset, DatasetName = name, Tables = results, Problems = adjusted,
            Message = $"published {rows.ToString("N0", CultureInfo.InvariantCulture)} rows in {results.Count} "
                + $"tables to push dataset '{name}' ({dataset}) in workspace {client.WorkspaceId}"
                + (adjusted.Count > 0 ? $"; {adjusted.Count} values were sent adjusted" : string.Empty),
        };
    }

    /// <summary>Returns the dataset name: the configured one, else <c>LocalInsights {environment}</c>.</summary>
    public static string DatasetNameOf(FactSet facts, PowerBIOptions options) =>
        string.IsNullOrWhiteSpace(options.DatasetName) ? $"LocalInsights {facts.Environment}" : options.DatasetName;

    private PowerBIPublication? Check(FactSet facts, IReadOnlyList<PushTable> tables, PowerBIOptions options,
        string name, out IReadOnlyList<string> adjusted)
    {
        adjusted = [];
        var problems = PushSchemaRules.Validate(tables).ToList();
        var values = PushValueScan.Run(tables);
        var count = problems.Count + values.Count;
        if (problems.Count == 0 && options.InvalidValues == PowerBIInvalidValuePolicy.Adjust && values.Count > 0)
        {
            adjusted = values.Problems;
            PowerBILog.ValuesAdjusted(logger, values.Count, facts.Environment);
            return null;
        }

        if (count == 0)
        {
            return null;
        }

        problems.AddRange(values.Problems);
        PowerBILog.PublicationRejected(logger, facts.Environment, count, problems[0]);
        var hint = values.Count > 0
            ? " Fix the source data, or set PowerBI:InvalidValues to Adjust to send such values cut or empty."
            : string.Empty;
        return new PowerBIPublication
        {
            Status = PowerBIPublicationStatus.Rejected, Mode = PowerBIMode.Push, WorkspaceId = client.WorkspaceId,
            DatasetName = name, Problems = problems,
            Message = $"nothing sent to Power BI: {count} problems in the facts, first: {problems[0]}{hint}",
        };
    }

    private async Task<string> PrepareDatasetAsync(
        PowerBIOptions options, string name, IReadOnlyList<PushTable> tables, CancellationToken cancellationToken)
    {
        var existing = await DatasetLookup.FindAsync(client, options.DatasetId, name, cancellationToken)
            .ConfigureAwait(false);
        if (existing is null)
        {
            var created = await client.CreatePushDatasetAsync(new CreateDatasetDto
            {
                Name = name, DefaultMode = "Push", Tables = tables.Select(PushSchema.ToDto).ToList(),
            }, cancellationToken).ConfigureAwait(false);
            var id = created.Id ?? throw new PowerBIPublishException(
                $"Power BI created dataset '{name}' but returned no id; look for it in workspace "
                + $"{client.WorkspaceId}.");
            PowerBILog.DatasetCreated(logger, name, id, tables.Count, client.WorkspaceId);
            return id;
        }

        var datasetId = existing.Id ?? options.DatasetId ?? string.Empty;
        if (existing.AddRowsAPIEnabled != true)
        {
            throw new PowerBIPublishException($"Dataset '{existing.Name}' ({datasetId}) is not a push dataset, so "
                + "it cannot receive rows. Set PowerBI:Mode to Refresh to refresh it, or point PowerBI:DatasetId "
                + "or PowerBI:DatasetName at a push dataset.");
        }

        await new PushSchemaSync(client, logger).SyncAsync(datasetId, tables, cancellationToken).ConfigureAwait(false);
        return datasetId;
    }
}
