namespace LocalInsights.Hosting.History;

/// <summary>Status words of the run history table.</summary>
public static class JobStatus
{
    /// <summary>The message is on the queue and no attempt has started.</summary>
    public const string Queued = "Queued";

    public const string Running = "Running";
    public const string Succeeded = "Succeeded";

    /// <summary>The aggregation succeeded but a report step, such as a publisher, failed.</summary>
    public const string PartiallyFailed = "PartiallyFailed";

    /// <summary>An attempt failed and the message is queued again, to be visible at <c>NextAttemptAt</c>.</summary>
    public const string Retrying = "Retrying";

    /// <summary>
    /// Another run of the same job holds the lease, so the message is queued again as after a failure.
    /// </summary>
    public const string Blocked = "Blocked";

    /// <summary>The last attempt failed and the message was moved to the poison queue.</summary>
    public const string Poisoned = "Poisoned";

    /// <summary>Tells whether no further attempt of a run in <paramref name="status"/> will start.</summary>
    public static bool IsFinal(string status) => status is Succeeded or PartiallyFailed or Poisoned;
}
