using LocalInsights.Functions.Jobs;
using LocalInsights.Functions.Queues;
using Microsoft.Azure.Functions.Worker;

namespace LocalInsights.Functions.Triggers;

/// <summary>Queue trigger that runs one pull per message of <see cref="JobQueues.Pulls"/>.</summary>
/// <remarks>
/// A failed pull is retried by queuing the message again with a delay, and the function returns normally. An
/// exception, such as an unreadable message or a storage outage, leaves the retries to the runtime: it delivers the
/// message again after the visibility timeout of host.json, and moves it to the poison queue after
/// <c>maxDequeueCount</c> deliveries.
/// NOTE: a message that the runtime moves to the poison queue leaves its run <c>Running</c> in the history, because
/// the app is not notified of that move.
/// </remarks>
public sealed class RunPullFunction(PullRunExecutor executor)
{
    [Function("RunPull")]
    public async Task RunAsync([QueueTrigger(JobQueues.Pulls)] string message, CancellationToken cancellationToken)
    {
        await executor.ExecuteAsync(RunQueue.Deserialize(message), cancellationToken).ConfigureAwait(false);
    }
}
