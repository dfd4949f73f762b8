namespace LocalInsights.Hosting.History;

/// <summary>What queued a run.</summary>
public static class JobTrigger
{
    /// <summary>A schedule occurrence found by the timer-triggered scheduler.</summary>
    public const string Schedule = "Schedule";

    /// <summary>A request to the start-run endpoint.</summary>
    public const string Manual = "Manual";

    /// <summary>The last pull of a batch completed, which queued the aggregation.</summary>
    public const string Batch = "Batch";
}
