using System.Globalization;
using LocalInsights.Core.Connectors;
using LocalInsights.Functions.Queues;
using LocalInsights.Hosting;
using LocalInsights.Hosting.History;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LocalInsights.Functions.Jobs;

/// <summary>
/// Records the attempts of a queued run in the history, and decides what follows a failed attempt: the next one,
/// queued after an exponential delay, or the poison queue after <see cref="JobsOptions.MaxAttempts"/>.
/// </summary>
public sealed partial class RunAttempts(RunHistoryTable history, RunQueue queue, BatchQueue batches,
    IOptions<JobsOptions> options, TimeProvider timeProvider, ILogger<RunAttempts> logger)
{
    /// <summary>
    /// Marks the run of <paramref name="message"/> as running and returns its history row, or returns null when
    /// the run has already ended, because the queue delivered a message again after its run was recorded.
    /// </summary>
    public async Task<RunEntity?> StartAsync(RunMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var run = await history.GetRunAsync(message.Environment, message.RunId, cancellationToken)
                      .ConfigureAwait(false)
                  ?? RowOf(message);
        if (JobStatus.IsFinal(run.Status) || run.Attempt > message.Attempt)
        {
            Log.RepeatedMessageSkipped(logger, message.RunId, message.Environment, message.Attempt, run.Status);
            return null;
        }

        run.Status = JobStatus.Running;
        run.Attempt = message.Attempt;
        run.MaxAttempts = options.Value.MaxAttempts;
        run.StartedAt = timeProvider.GetUtcNow();
        run.EndedAt = null;
        run.NextAttemptAt = null;

        // The failure of the previous attempt stays in the log, and the row shows the attempt in progress.
        run.Failure = null;
        await history.UpdateRunAsync(run, cancellationToken).ConfigureAwait(false);
        Log.AttemptStarted(logger, run.RunId, run.Kind, run.PartitionKey, run.Connector ?? "-", run.Month, run.Attempt,
            run.MaxAttempts);
        return run;
    }

    /// <summary>Records a successful end with its counts, and counts a pull in its batch.</summary>
    public async Task SucceedAsync(RunEntity run, string status, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        run.Status = status;
        run.EndedAt = timeProvider.GetUtcNow();
        await history.UpdateRunAsync(run, cancellationToken).ConfigureAwait(false);
        await history.RecordSuccessAsync(run.PartitionKey, run.Connector ?? FreshnessEntity.AggregationName, run.RunId,
            run.Month, run.Written, cancellationToken).ConfigureAwait(false);
        Log.RunSucceeded(logger, run.RunId, run.Kind, run.PartitionKey, run.Connector ?? "-", run.Month, run.Read,
            run.Written, run.Rejected);
        await CountInBatchAsync(run, succeeded: true, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Records a failed attempt and queues the next one after the backoff delay, or, after the last attempt,
    /// moves the message to the poison queue and counts the run in its batch as failed.
    /// </summary>
    /// <param name="blocked">True when the attempt did not start because another run holds the lease.</param>
    public async Task FailAsync(RunEntity run, RunMessage message, string failure, bool blocked,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(message);
        var now = timeProvider.GetUtcNow();
        run.Failure = Truncate(failure);
        run.EndedAt = now;
        if (message.Attempt < options.Value.MaxAttempts)
        {
            var delay = RetryDelay(message.Attempt);
            await queue.SendAsync(message with { Attempt = message.Attempt + 1 }, delay, cancellationToken)
                .ConfigureAwait(false);
            run.Status = blocked ? JobStatus.Blocked : JobStatus.Retrying;
            run.NextAttemptAt = now + delay;
            await history.UpdateRunAsync(run, cancellationToken).ConfigureAwait(false);
            Log.AttemptFailed(logger, run.RunId, run.PartitionKey, message.Attempt, run.MaxAttempts,
                (long)delay.TotalSeconds, failure);
            return;
        }

        await queue.SendToPoisonAsync(message, cancellationToken).ConfigureAwait(false);
        run.Status = JobStatus.Poisoned;
        run.NextAttemptAt = null;
        await history.UpdateRunAsync(run, cancellationToken).ConfigureAwait(false);
        Log.RunPoisoned(logger, run.RunId, run.PartitionKey, message.Attempt, failure);
        await CountInBatchAsync(run, succeeded: false, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Returns the delay before the attempt after <paramref name="attempt"/>: <see cref="JobsOptions.RetryDelay"/>,
    /// doubled for each later attempt, at most <see cref="JobsOptions.MaxRetryDelay"/>.
    /// </summary>
    public TimeSpan RetryDelay(int attempt)
    {
        var settings = options.Value;
        var factor = Math.Pow(2, Math.Clamp(attempt - 1, 0, 30));
        var ticks = Math.Min(settings.RetryDelay.Ticks * factor, settings.MaxRetryDelay.Ticks);
        return TimeSpan.FromTicks((long)ticks);
    }

    private async Task CountInBatchAsync(RunEntity run, bool succeeded, CancellationToken cancellationToken)
    {
        if (run.Kind != JobKind.Pull || string.IsNullOrEmpty(run.BatchId))
        {
            return;
        }

        var completion = await history.RecordBatchResultAsync(run.PartitionKey, run.BatchId, run.RunId, succeeded,
            PullRunner.NewRunId(timeProvider), cancellationToken).ConfigureAwait(false);
        if (completion is not null)
        {
            await batches.QueueAggregationAsync(completion, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Builds a history row for a message whose row is missing, such as one queued by hand.</summary>
    private RunEntity RowOf(RunMessage message)
    {
        var window = PullWindow.ParseMonth(message.Month);
        return new RunEntity
        {
            PartitionKey = message.Environment, RowKey = RunEntity.RowKeyOf(message.RunId), RunId = message.RunId,
            Kind = message.IsAggregation ? JobKind.Aggregate : JobKind.Pull, Connector = message.Connector,
            Month = window.Label, WindowFrom = window.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            WindowTo = window.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), BatchId = message.BatchId,
            Trigger = JobTrigger.Manual, QueuedAt = timeProvider.GetUtcNow(),
        };
    }

    /// <summary>Cuts a failure to 8,000 characters, well below the 64 KiB limit of a table property.</summary>
    private static string Truncate(string failure) => failure.Length <= 8_000 ? failure : failure[..8_000] + " …";
}
