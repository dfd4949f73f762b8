namespace LocalInsights.Functions.Jobs;

/// <summary>A batch of pulls that was queued: its id, month and the run id of each pull by connector.</summary>
public sealed record QueuedBatch(string Environment, string BatchId, string Month, IReadOnlyList<PlannedPull> Runs);
