namespace LocalInsights.Hosting.History;

/// <summary>
/// The batch that the recorded run completed, and the run id reserved for its aggregation. Only the caller whose
/// update completed the batch receives one.
/// </summary>
public sealed record BatchCompletion(string Environment, string BatchId, string Month, string AggregationRunId,
    int Succeeded, int Failed);
