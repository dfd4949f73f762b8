using Azure;
using LocalInsights.Core.Configuration;
using LocalInsights.Core.Connectors;
using LocalInsights.Hosting;
using LocalInsights.Hosting.History;
using LocalInsights.Hosting.Scheduling;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LocalInsights.Functions.Jobs;

/// <summary>
/// Finds the schedule occurrences that are due and queues each one once, as one batch of pulls per
/// environment and month.
/// </summary>
/// <remarks>
/// An occurrence is due when it falls within <see cref="JobsOptions.SchedulerLookBack"/> before now, so one missed
/// while the app was stopped still runs. It is queued by the caller that inserts its row in the history table
/// first: a timer that fires twice, or two instances of the app, never queue it twice.
/// NOTE: an occurrence whose row was inserted by a process that stopped before queuing its batch is not queued
/// again. The history then has its occurrence row and no run.
/// </remarks>
public sealed partial class RunScheduler(ScheduleReader schedules, RunHistoryTable history, BatchQueue batches,
    IOptions<JobsOptions> options, TimeProvider timeProvider, ILogger<RunScheduler> logger)
{
    /// <summary>
    /// Queues the due occurrences of every environment and returns the batches queued. An environment whose
    /// schedules are invalid, or whose queueing fails, is logged and skipped, and the others are queued.
    /// </summary>
    public async Task<IReadOnlyList<QueuedBatch>> QueueDueRunsAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var from = now - options.Value.SchedulerLookBack;
        var queued = new List<QueuedBatch>();
        foreach (var environment in schedules.ReadAll())
        {
            if (!environment.IsValid)
            {
                Log.SchedulesInvalid(logger, environment.Environment, string.Join(" ", environment.Problems));
                continue;
            }

            try
            {
                queued.AddRange(await QueueEnvironmentAsync(environment, from, now, cancellationToken)
                    .ConfigureAwait(false));
            }
            catch (Exception exception) when (exception is RequestFailedException or ConfigurationException
                                                  or IOException or ArgumentException)
            {
                Log.EnvironmentFailed(logger, exception, environment.Environment);
            }
        }

        return queued;
    }

    private async Task<List<QueuedBatch>> QueueEnvironmentAsync(EnvironmentSchedules environment,
        DateTimeOffset from, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var claimed = new List<(ConnectorSchedule Schedule, DateTimeOffset Occurrence, string RunId)>();
        foreach (var schedule in environment.Schedules)
        {
            foreach (var occurrence in schedule.Occurrences(from, now))
            {
                var runId = PullRunner.NewRunId(timeProvider);
                if (await history.TryClaimOccurrenceAsync(environment.Environment, schedule.Connector, occurrence,
                        runId, cancellationToken).ConfigureAwait(false))
                {
                    claimed.Add((schedule, occurrence, runId));
                }
            }
        }

        var queued = new List<QueuedBatch>();
        foreach (var month in claimed.GroupBy(claim => claim.Schedule.WindowOf(claim.Occurrence)))
        {
            var pulls = LatestPerConnector(environment.Environment, month.Key, month);
            queued.Add(await batches.QueueAsync(environment.Environment, month.Key, pulls, JobTrigger.Schedule,
                cancellationToken).ConfigureAwait(false));
        }

        return queued;
    }

    /// <summary>
    /// Keeps the latest occurrence of each connector, because several occurrences of one month found together,
    /// after the app was stopped, would pull the same data again.
    /// </summary>
    private List<PlannedPull> LatestPerConnector(string environment, PullWindow window,
        IEnumerable<(ConnectorSchedule Schedule, DateTimeOffset Occurrence, string RunId)> claims)
    {
        var pulls = new List<PlannedPull>();
        foreach (var connector in claims.GroupBy(claim => claim.Schedule.Connector, StringComparer.Ordinal))
        {
            var latest = connector.MaxBy(claim => claim.Occurrence);
            pulls.Add(new PlannedPull(connector.Key, latest.RunId, latest.Occurrence));
            var skipped = connector.Count() - 1;
            if (skipped > 0)
            {
                Log.OccurrencesMerged(logger, skipped, connector.Key, environment, window.Label, latest.Occurrence);
            }
        }

        return pulls;
    }
}
