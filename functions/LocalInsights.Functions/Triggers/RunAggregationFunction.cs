using LocalInsights.Functions.Jobs;
using LocalInsights.Functions.Queues;
using Microsoft.Azure.Functions.Worker;

namespace LocalInsights.Functions.Triggers;

/// <summary>
/// Queue trigger that runs one aggregation, workbook and publication per message of
/// <see cref="JobQueues.Aggregations"/>. Retries work as for <see cref="RunPullFunction"/>.
/// </summary>
public sealed class RunAggregationFunction(AggregationExecutor executor)
{
    [Function("RunAggregation")]
    public async Task RunAsync([QueueTrigger(JobQueues.Aggregations)] string message,
        CancellationToken cancellationToken)
    {
        await executor.ExecuteAsync(RunQueue.Deserialize(message), cancellationToken).ConfigureAwait(false);
    }
}
