using System.Globalization;
using Azure;
using LocalInsights.Core.Connectors;
using LocalInsights.Functions.Queues;
using LocalInsights.Hosting;
using LocalInsights.Hosting.History;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LocalInsights.Functions.Jobs;

/// <summary>
/// Queues a batch of pulls of one environment and month, with their history rows, and the batch's aggregation
/// once its last pull has ended.
/// </summary>
public sealed partial class BatchQueue(RunHistoryTable history, RunQueue queue, IOptions<JobsOptions> options,
    TimeProvider timeProvider, ILogger<BatchQueue> logger)
{
    /// <summary>
    /// Records the batch, then each run as <see cref="JobStatus.Queued"/>, then sends one message per run. The
    /// batch row exists before any message, so that the last pull to end always finds it.
    /// </summary>
    public async Task<QueuedBatch> QueueAsync(string environment, PullWindow window, IReadOnlyList<PlannedPull> pulls,
        string trigger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pulls);
        var batchId = NewBatchId();
        await history.AddBatchAsync(environment, batchId, window.Label, pulls.Count, cancellationToken)
            .ConfigureAwait(false);
        foreach (var pull in pulls)
        {
            var run = NewRun(environment, pull.RunId, pull.Connector, window, batchId, trigger);
            run.Occurrence = pull.Occurrence;
            await history.AddRunAsync(run, cancellationToken).ConfigureAwait(false);
            await SendFirstAttemptAsync(run, cancellationToken).ConfigureAwait(false);
        }

        Log.BatchQueued(logger, batchId, environment, window.Label, pulls.Count, trigger);
        return new QueuedBatch(environment, batchId, window.Label, pulls);
    }

    /// <summary>Records and queues the aggregation of a batch whose last pull has ended.</summary>
    public async Task QueueAggregationAsync(BatchCompletion completion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(completion);
        var window = PullWindow.ParseMonth(completion.Month);
        var run = NewRun(completion.Environment, completion.AggregationRunId, null, window, completion.BatchId,
            JobTrigger.Batch);
        run.Kind = JobKind.Aggregate;
        await history.AddRunAsync(run, cancellationToken).ConfigureAwait(false);
        await queue.SendAsync(MessageOf(run, attempt: 1), TimeSpan.Zero, cancellationToken).ConfigureAwait(false);
        Log.AggregationQueued(logger, completion.AggregationRunId, completion.Environment, completion.Month,
            completion.BatchId, completion.Succeeded, completion.Failed);
    }

    /// <summary>Builds the message of attempt <paramref name="attempt"/> of <paramref name="run"/>.</summary>
    public static RunMessage MessageOf(RunEntity run, int attempt) =>
        new(run.RunId, run.PartitionKey, run.Kind == JobKind.Pull ? run.Connector : null, run.Month, run.BatchId,
            attempt);

    private async Task SendFirstAttemptAsync(RunEntity run, CancellationToken cancellationToken)
    {
        try
        {
            await queue.SendAsync(MessageOf(run, attempt: 1), TimeSpan.Zero, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException exception)
        {
            // The run is ended here, and counted in its batch, so that the batch's other pulls still aggregate.
            Log.SendFailed(logger, exception, run.RunId, run.PartitionKey, exception.Status, exception.ErrorCode);
            run.Status = JobStatus.Poisoned;
            run.Failure = $"The run could not be queued: HTTP {exception.Status} {exception.ErrorCode}.";
            run.EndedAt = timeProvider.GetUtcNow();
            await history.UpdateRunAsync(run, cancellationToken).ConfigureAwait(false);
            var completion = await history.RecordBatchResultAsync(run.PartitionKey, run.BatchId, run.RunId, false,
                PullRunner.NewRunId(timeProvider), cancellationToken).ConfigureAwait(false);
            if (completion is not null)
            {
                await QueueAggregationAsync(completion, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private RunEntity NewRun(string environment, string runId, string? connector, PullWindow window, string batchId,
        string trigger) => new()
    {
        PartitionKey = environment, RunId = runId, Kind = JobKind.Pull, Connector = connector, Month = window.Label,
        WindowFrom = window.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        WindowTo = window.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), BatchId = batchId,
        Trigger = trigger, QueuedAt = timeProvider.GetUtcNow(), Status = JobStatus.Queued,
        MaxAttempts = options.Value.MaxAttempts,
    };

    private string NewBatchId() => PullRunner.NewRunId(timeProvider);
}
