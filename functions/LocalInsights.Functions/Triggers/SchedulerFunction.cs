using LocalInsights.Functions.Jobs;
using Microsoft.Azure.Functions.Worker;

namespace LocalInsights.Functions.Triggers;

/// <summary>Timer trigger that queues the schedule occurrences that are due, every 5 minutes.</summary>
public sealed class SchedulerFunction(RunScheduler scheduler)
{
    /// <summary>NCRONTAB of the timer, with seconds: at second 0 of every fifth minute, in UTC.</summary>
    public const string TimerSchedule = "0 */5 * * * *";

    [Function("Scheduler")]
    public async Task RunAsync([TimerTrigger(TimerSchedule)] TimerInfo timer, CancellationToken cancellationToken)
    {
        await scheduler.QueueDueRunsAsync(cancellationToken).ConfigureAwait(false);
    }
}
