using Azure;
using Azure.Data.Tables;
using Azure.Data.Tables.Models;
using Microsoft.Extensions.Logging;

namespace LocalInsights.Hosting.History;

/// <summary>
/// The run history in Azure Table storage, one partition per environment: runs, batches, the schedule occurrences
/// already queued and the latest success of each connector.
/// </summary>
/// <remarks>
/// Conflicts are identified by the <c>x-ms-error-code</c> of the response, never by its reason text:
/// <c>EntityAlreadyExists</c> means another caller inserted the row first, and <c>UpdateConditionNotSatisfied</c>
/// means another caller changed it since it was read.
/// </remarks>
public sealed partial class RunHistoryTable(JobsStorageAccount account, TimeProvider timeProvider,
    ILogger<RunHistoryTable> logger)
{
    private const int MaxBatchUpdateAttempts = 10;
    private const string OccurrencePrefix = "occurrence|";
    private const string MemberPrefix = "member|";

    private readonly Lazy<TableClient> _table = new(account.CreateHistoryTableClient);
    private bool _created;

    /// <summary>Creates the table when it does not exist yet.</summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _created))
        {
            return;
        }

        await _table.Value.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        Volatile.Write(ref _created, true);
    }

    /// <summary>
    /// Inserts the row that marks <paramref name="occurrence"/> of a connector's schedule as queued. Returns false
    /// when the row already exists, because an earlier timer run queued that occurrence.
    /// </summary>
    public async Task<bool> TryClaimOccurrenceAsync(string environment, string connector, DateTimeOffset occurrence,
        string runId, CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var claim = new TableEntity(Partition(environment), OccurrenceKey(connector, occurrence))
        {
            ["RunId"] = runId,
            ["ClaimedAt"] = timeProvider.GetUtcNow(),
        };
        return await TryAddAsync(claim, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes an occurrence's row, so that the next timer run queues the occurrence again.</summary>
    public async Task ReleaseOccurrenceAsync(string environment, string connector, DateTimeOffset occurrence,
        CancellationToken cancellationToken)
    {
        await _table.Value.DeleteEntityAsync(Partition(environment), OccurrenceKey(connector, occurrence),
            ETag.All, cancellationToken).ConfigureAwait(false);
    }

    public async Task AddBatchAsync(string environment, string batchId, string month, int expected,
        CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var batch = new BatchEntity
        {
            PartitionKey = Partition(environment), RowKey = BatchEntity.RowKeyOf(batchId), Month = month,
            Expected = expected, CreatedAt = timeProvider.GetUtcNow(),
        };
        await _table.Value.AddEntityAsync(batch, cancellationToken).ConfigureAwait(false);
    }

    public async Task AddRunAsync(RunEntity run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        await EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        run.PartitionKey = Partition(run.PartitionKey);
        run.RowKey = RunEntity.RowKeyOf(run.RunId);
        await _table.Value.AddEntityAsync(run, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Returns the history row of run <paramref name="runId"/>, or null when there is none.</summary>
    public async Task<RunEntity?> GetRunAsync(string environment, string runId, CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var response = await _table.Value.GetEntityIfExistsAsync<RunEntity>(Partition(environment),
            RunEntity.RowKeyOf(runId), cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? response.Value : null;
    }

    /// <summary>Replaces a run's row with <paramref name="run"/>, so the last write wins.</summary>
    public async Task UpdateRunAsync(RunEntity run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        await _table.Value.UpsertEntityAsync(run, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Counts run <paramref name="runId"/> in its batch once, however often it is recorded. Returns the batch when
    /// this call completed it, with <paramref name="aggregationRunId"/> reserved for the aggregation. Otherwise it
    /// returns null.
    /// </summary>
    public async Task<BatchCompletion?> RecordBatchResultAsync(string environment, string batchId, string runId,
        bool succeeded, string aggregationRunId, CancellationToken cancellationToken)
    {
        var member = new TableEntity(Partition(environment), $"{MemberPrefix}{batchId}|{runId}")
        {
            ["Succeeded"] = succeeded,
        };
        if (!await TryAddAsync(member, cancellationToken).ConfigureAwait(false))
        {
            Log.BatchResultRepeated(logger, runId, batchId, environment);
            return null;
        }

        try
        {
            return await CountInBatchAsync(environment, batchId, succeeded, aggregationRunId, cancellationToken)
                .ConfigureAwait(false);
        }
        catch
        {
            // The run is counted again when its message is delivered again.
            await _table.Value.DeleteEntityAsync(member.PartitionKey, member.RowKey, ETag.All, CancellationToken.None)
                .ConfigureAwait(false);
            throw;
        }
    }

    private async Task<BatchCompletion?> CountInBatchAsync(string environment, string batchId, bool succeeded,
        string aggregationRunId, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var batch = (await _table.Value.GetEntityAsync<BatchEntity>(Partition(environment),
                BatchEntity.RowKeyOf(batchId), cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
            batch.Succeeded += succeeded ? 1 : 0;
            batch.Failed += succeeded ? 0 : 1;
            var completes = batch.IsComplete && batch.AggregationRunId is null;
            if (completes)
            {
                batch.AggregationRunId = aggregationRunId;
            }

            try
            {
                await _table.Value.UpdateEntityAsync(batch, batch.ETag, TableUpdateMode.Replace, cancellationToken)
                    .ConfigureAwait(false);
                return completes
                    ? new BatchCompletion(environment, batchId, batch.Month, aggregationRunId, batch.Succeeded,
                        batch.Failed)
                    : null;
            }
            catch (RequestFailedException exception) when (
                exception.ErrorCode == TableErrorCode.UpdateConditionNotSatisfied && attempt < MaxBatchUpdateAttempts)
            {
                Log.BatchUpdateConflict(logger, batchId, environment, attempt);
            }
        }
    }

    private async Task<bool> TryAddAsync(ITableEntity entity, CancellationToken cancellationToken)
    {
        try
        {
            await _table.Value.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException exception) when (exception.ErrorCode == TableErrorCode.EntityAlreadyExists)
        {
            return false;
        }
    }

    private static string OccurrenceKey(string connector, DateTimeOffset occurrence) =>
        $"{OccurrencePrefix}{connector}|{occurrence.UtcDateTime:yyyyMMdd'T'HHmmss'Z'}";

    /// <summary>Checks that <paramref name="environment"/> can be a partition key, and returns it.</summary>
    internal static string Partition(string environment)
    {
        ArgumentException.ThrowIfNullOrEmpty(environment);
        if (environment.IndexOfAny(['/', '\\', '#', '?']) >= 0 || environment.Any(char.IsControl))
        {
            throw new ArgumentException(
                $"Environment id '{environment}' cannot key the run history: remove '/', '\\', '#', '?' and "
                + "control characters from it.", nameof(environment));
        }

        return environment;
    }
}
