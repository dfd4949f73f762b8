using Azure.Data.Tables;

namespace LocalInsights.Hosting.History;

/// <summary>Reads of the run history: runs of a period and the latest success of each connector.</summary>
public sealed partial class RunHistoryTable
{
    /// <summary>
    /// Lists the runs queued since <paramref name="since"/>, newest first, of <paramref name="environment"/> or of
    /// every environment when it is null.
    /// </summary>
    public async Task<IReadOnlyList<RunHistoryEntry>> ListRunsAsync(string? environment, DateTimeOffset since,
        CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var prefix = RunEntity.RowKeyPrefix;
        var end = PrefixEnd(prefix);
        var filter = TableClient.CreateQueryFilter($"RowKey ge {prefix} and RowKey lt {end} and QueuedAt ge {since}");
        if (environment is not null)
        {
            filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition(environment)}") + " and " + filter;
        }

        var runs = new List<RunHistoryEntry>();
        await foreach (var entity in _table.Value.QueryAsync<RunEntity>(filter, cancellationToken: cancellationToken)
                           .ConfigureAwait(false))
        {
            runs.Add(RunHistoryEntry.From(entity));
        }

        return runs.OrderByDescending(run => run.QueuedAt).ThenByDescending(run => run.RunId, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Records that <paramref name="name"/>, a connector or the aggregation, succeeded in a run.</summary>
    public async Task RecordSuccessAsync(string environment, string name, string runId, string month, long written,
        CancellationToken cancellationToken)
    {
        var entity = new FreshnessEntity
        {
            PartitionKey = Partition(environment), RowKey = FreshnessEntity.RowKeyOf(name), Name = name,
            RunId = runId, Month = month, SucceededAt = timeProvider.GetUtcNow(), Written = written,
        };
        await _table.Value.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Lists the latest success of each connector and of the aggregation, by name.</summary>
    public async Task<IReadOnlyList<ConnectorFreshness>> ListFreshnessAsync(string environment,
        CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var prefix = FreshnessEntity.RowKeyPrefix;
        var end = PrefixEnd(prefix);
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {Partition(environment)} and RowKey ge {prefix} and RowKey lt {end}");
        var now = timeProvider.GetUtcNow();
        var latest = new List<ConnectorFreshness>();
        await foreach (var entity in _table.Value.QueryAsync<FreshnessEntity>(filter,
                           cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            latest.Add(new ConnectorFreshness(entity.Name, entity.RunId, entity.Month, entity.SucceededAt,
                entity.Written, Math.Round((now - entity.SucceededAt).TotalHours, 1)));
        }

        return latest.OrderBy(item => item.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>Returns the smallest string above every string that starts with <paramref name="prefix"/>.</summary>
    private static string PrefixEnd(string prefix) => prefix[..^1] + (char)(prefix[^1] + 1);
}
