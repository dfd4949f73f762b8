using System.Text.Json;
using Azure.Storage.Queues;
using LocalInsights.Hosting;

namespace LocalInsights.Functions.Queues;

/// <summary>Sends run messages to the pull and aggregation queues, and to their poison queues.</summary>
public sealed class RunQueue(JobsStorageAccount account)
{
    /// <summary>Time to live that Azure Queue Storage reads as "never expires", so poison messages stay.</summary>
    private static readonly TimeSpan NeverExpires = TimeSpan.FromSeconds(-1);

    private readonly Lazy<QueueClient> _pulls = new(() => account.CreateQueueClient(JobQueues.Pulls));
    private readonly Lazy<QueueClient> _aggregations = new(() => account.CreateQueueClient(JobQueues.Aggregations));
    private readonly Lazy<QueueClient> _pullsPoison =
        new(() => account.CreateQueueClient(JobQueues.PoisonOf(JobQueues.Pulls)));
    private readonly Lazy<QueueClient> _aggregationsPoison =
        new(() => account.CreateQueueClient(JobQueues.PoisonOf(JobQueues.Aggregations)));

    /// <summary>
    /// Sends <paramref name="message"/> to its queue, visible after <paramref name="delay"/>, creating the queue
    /// when it is missing.
    /// </summary>
    public async Task SendAsync(RunMessage message, TimeSpan delay, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var queue = message.IsAggregation ? _aggregations.Value : _pulls.Value;
        await SendAsync(queue, message, delay, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends <paramref name="message"/> to the poison queue of its queue, where operators find it.</summary>
    public async Task SendToPoisonAsync(RunMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var queue = message.IsAggregation ? _aggregationsPoison.Value : _pullsPoison.Value;
        await SendAsync(queue, message, TimeSpan.Zero, cancellationToken, NeverExpires).ConfigureAwait(false);
    }

    public static string Serialize(RunMessage message) =>
        JsonSerializer.Serialize(message, JobJsonContext.Default.RunMessage);

    /// <summary>Reads a message body, and throws <see cref="JsonException"/> when it is not a run message.</summary>
    public static RunMessage Deserialize(string body) =>
        JsonSerializer.Deserialize(body, JobJsonContext.Default.RunMessage)
        ?? throw new JsonException("The queue message is the JSON literal null, not a run message.");

    private static async Task SendAsync(QueueClient queue, RunMessage message, TimeSpan delay,
        CancellationToken cancellationToken, TimeSpan? timeToLive = null)
    {
        // CreateIfNotExists is one cheap request that returns 204 once the queue exists.
        await queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        await queue.SendMessageAsync(Serialize(message), delay, timeToLive, cancellationToken).ConfigureAwait(false);
    }
}
