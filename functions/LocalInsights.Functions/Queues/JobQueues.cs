namespace LocalInsights.Functions.Queues;

/// <summary>
/// Names of the Storage queues of the jobs. The queue triggers need them as constants. The Functions runtime moves
/// a message that failed on every delivery to the queue of the same name with <see cref="PoisonSuffix"/>.
/// </summary>
public static class JobQueues
{
    /// <summary>One message per connector pull of an environment and month.</summary>
    public const string Pulls = "localinsights-pulls";

    /// <summary>One message per aggregation of an environment and month, queued when its batch of pulls ends.</summary>
    public const string Aggregations = "localinsights-aggregations";

    public const string PoisonSuffix = "-poison";

    public static string PoisonOf(string queue) => queue + PoisonSuffix;
}
